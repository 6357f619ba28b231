// Five events replayed: the query rule alerts on lines 1 and 3 (both allowlisted; line 4 is in an index the rule does
// not read), the EQL rule is listed as not replayed, and the report is written.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] AWS Security Group Configuration Change Detection: 2 alerts')
assert log.contains('[WARNING] AWS CloudTrail Trail Stopped Then Deleted by the Same Identity: not replayed: replay runs KQL queries only (EQL sequences and correlations need the EQL engine)')
assert log =~ /\[INFO\] Replayed 5 events through 1 rules \(1 not replayed\) in \d+ ms: \d+ events\/s; 0 alerts not on the allowlist/
assert !log.contains('Alert not on the allowlist')
assert log.contains('[INFO] BUILD SUCCESS')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/detection-reports/replay.json'))
assert report.summary.events == 5
assert report.summary.regressions == 0
assert report.rules*.alerts == [2]
assert report.notReplayed*.ruleId == ['2d4d6be1-73e1-4fab-8186-20704871ed8e']
