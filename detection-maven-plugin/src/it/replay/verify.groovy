// Seven events replayed: the query rule alerts on lines 1 and 3 (both allowlisted; line 4 is in an index the rule does
// not read), the EQL sequence rule on line 7 (StopLogging on line 6, then DeleteTrail by the same identity; allowlisted
// by its join key), and the report is written.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] AWS Security Group Configuration Change Detection: 2 alerts')
assert log.contains('[INFO] AWS CloudTrail Trail Stopped Then Deleted by the Same Identity: 1 alert')
assert !log.contains('not replayed:')
assert log =~ /\[INFO\] Replayed 7 events through 2 rules \(0 not replayed\) in \d+ ms: \d+ events\/s; 0 alerts not on the allowlist/
assert !log.contains('Alert not on the allowlist')
assert log.contains('[INFO] BUILD SUCCESS')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/detection-reports/replay.json'))
assert report.summary.events == 7
assert report.summary.regressions == 0
assert report.rules.collectEntries { [it.ruleId, it.alerts] } == ['29052c19-ff3e-42fd-8363-7be14d7c5469': 2, '2d4d6be1-73e1-4fab-8186-20704871ed8e': 1]
assert report.notReplayed == []
