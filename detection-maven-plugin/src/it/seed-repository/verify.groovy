// The user's rule validates and all twelve fixture cases pass.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] 1 rules validated: 0 errors, 0 warnings, 0 notes in ')
assert log.contains('[INFO] AWS Security Group Configuration Change Detection: 12 cases, 12 passed, 0 failed, 0 errors, 0 skipped')
assert log.contains('[INFO] AWS Security Group Configuration Change Detection: query coverage 13/13 (100.0%)')
assert log.contains('[INFO] BUILD SUCCESS')
assert new File(basedir, 'target/detection-reports/validation.sarif').isFile()
assert new File(basedir, 'target/surefire-reports/TEST-integrations.aws.persistence_ec2_security_group_configuration_change_detection.xml').isFile()
