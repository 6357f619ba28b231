// Without a negative case for the provider condition, coverage falls below the required 100% and the build fails.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] AWS Security Group Configuration Change Detection: query coverage 12/13 (92.3%)')
assert log.contains('[WARNING] AWS Security Group Configuration Change Detection: 41:34: condition `event.provider:ec2.amazonaws.com` never the only failing condition of a negative case')
assert log.contains('Query coverage 92.3% is below the threshold 100.0% (<coverageThreshold>): see the uncovered items above')
assert log.contains('[INFO] BUILD FAILURE')
