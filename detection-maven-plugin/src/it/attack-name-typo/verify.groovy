// A misspelt tactic name fails the build at its line, with a "did you mean".
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] rules/integrations/aws/persistence_ec2_security_group_configuration_change_detection.toml:52:1: ERROR rule.threat[0].tactic.name: 'Persistance' is not the name of TA0003 in ATT&CK v18.1: did you mean 'Persistence'? [attack-tactic-name]")
assert log.contains('[INFO] 1 rules validated: 1 errors, 0 warnings, 0 notes in ')
assert log.contains('[INFO] BUILD FAILURE')
