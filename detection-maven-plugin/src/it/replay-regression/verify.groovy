// The alert on line 3 is not on the allowlist: it is listed and the build fails.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] AWS Security Group Configuration Change Detection: 2 alerts')
assert log.contains('[ERROR] Alert not on the allowlist: AWS Security Group Configuration Change Detection (29052c19-ff3e-42fd-8363-7be14d7c5469) on line 3')
assert log =~ /\[INFO\] Replayed 5 events through 1 rules \(1 not replayed\) in \d+ ms: \d+ events\/s; 1 alerts not on the allowlist/
assert log.contains('Replay: 1 alert(s) not on the allowlist')
assert log.contains('[INFO] BUILD FAILURE')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/detection-reports/replay.json'))
assert report.regressions.size() == 1
assert report.regressions[0].line == 3
