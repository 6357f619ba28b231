// A KQL syntax error fails the build at its line and column in the rule file.
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] rules/integrations/aws/persistence_ec2_security_group_configuration_change_detection.toml:43:45: ERROR kuery syntax error: unexpected ':' after a value: missing ')' before it, or escape it as \\: or quote the value [query-syntax]")
assert log.contains('[INFO] 1 rules validated: 1 errors, 0 warnings, 0 notes in ')
assert log.contains('[INFO] BUILD FAILURE')
