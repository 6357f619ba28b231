// A misspelt ECS field in the query fails the build with a "did you mean".
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] rules/integrations/aws/persistence_ec2_security_group_configuration_change_detection.toml:43:33: ERROR unknown field 'event.outcom' (did you mean 'event.outcome'?) [query-unknown-field]")
assert log.contains('[INFO] 1 rules validated: 1 errors, 0 warnings, 0 notes in ')
assert log.contains('[INFO] BUILD FAILURE')
