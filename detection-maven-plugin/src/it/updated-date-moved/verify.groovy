// Pull-request mode: the rule whose query changed while updated_date stayed fails at its updated_date line.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Pull-request mode: 2 rule or fixture file(s) changed since HEAD~1')
assert log.contains("[ERROR] rules/integrations/aws/persistence_ec2_security_group_configuration_change_detection.toml:7:1: ERROR content changed since HEAD~1 but updated_date is still 2024/04/14: set it to today's date [updated-date-moved]")
assert !log.contains('defense_evasion_vpc_flow_logs_deleted.toml:5:1')
assert log.contains('[INFO] 2 rules validated: 1 errors, 0 warnings, 0 notes in ')
assert log.contains('[INFO] BUILD FAILURE')
