// Pull-request mode: only the changed rule is validated and tested; a missing ref is a clear error.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Pull-request mode: 1 rule or fixture file(s) changed since HEAD~1')
assert log.contains('[INFO] 1 rules validated: 0 errors, 0 warnings, 0 notes in ')
assert log.contains('[INFO] AWS Security Group Configuration Change Detection: 12 cases, 12 passed, 0 failed, 0 errors, 0 skipped')
assert !log.contains('AWS VPC Flow Logs Deleted:')
assert log.contains("<changedSince> (detection.changedSince): git ref 'origin/no-such-branch' not found in ")
