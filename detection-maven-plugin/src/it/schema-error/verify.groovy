// A misspelt key fails the build at its line, with a "did you mean", by the rule schema.
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] rules/integrations/aws/persistence_ec2_security_group_configuration_change_detection.toml:33:1: ERROR rule.risk_scor: unknown key (did you mean 'risk_score'?) [rule-schema]")
assert log.contains("[ERROR] rules/integrations/aws/persistence_ec2_security_group_configuration_change_detection.toml:9:1: ERROR rule.risk_score: required key is missing [rule-schema]")
assert log.contains('[INFO] 1 rules validated: 2 errors, 0 warnings, 0 notes in ')
assert log.contains('[INFO] BUILD FAILURE')
