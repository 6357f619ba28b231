// A rule changed without its lock entry fails validation at its rule_id, naming the goal that fixes it.
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] rules/integrations/aws/defense_evasion_network_acl_deleted.toml:50:1: ERROR the rule's content changed since its lock entry (version 2): run mvn detection:lock-versions to bump it to 3, move metadata.updated_date, and commit both [version-lock]")
assert log.contains('[INFO] 1 rules validated: 1 errors, 0 warnings, 0 notes in ')
assert log.contains('[INFO] BUILD FAILURE')
