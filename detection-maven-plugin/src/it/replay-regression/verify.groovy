// The alerts on line 3 (query rule) and line 7 (the EQL sequence StopLogging then DeleteTrail by one identity) are not
// on the allowlist: they are listed and the build fails.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] AWS Security Group Configuration Change Detection: 2 alerts')
assert log.contains('[INFO] AWS CloudTrail Trail Stopped Then Deleted by the Same Identity: 1 alert')
assert log.contains('[ERROR] Alert not on the allowlist: AWS Security Group Configuration Change Detection (29052c19-ff3e-42fd-8363-7be14d7c5469) on line 3')
assert log.contains('[ERROR] Alert not on the allowlist: AWS CloudTrail Trail Stopped Then Deleted by the Same Identity (2d4d6be1-73e1-4fab-8186-20704871ed8e) on event e7 (line 7), terms arn:aws:iam::123456789012:user/mallory')
assert log =~ /\[INFO\] Replayed 7 events through 2 rules \(0 not replayed\) in \d+ ms: \d+ events\/s; 2 alerts not on the allowlist/
assert log.contains('Replay: 2 alert(s) not on the allowlist')
assert log.contains('[INFO] BUILD FAILURE')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/detection-reports/replay.json'))
assert report.regressions.size() == 2
assert report.regressions*.line == [3, 7]
assert report.regressions[1].terms == 'arn:aws:iam::123456789012:user/mallory'
