// A fixture that expects an alert on the outcome:failure event fails, naming the rule, the case and the clause.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] FAILED AWS Security Group Configuration Change Detection › failed call must alert: expected an alert, got 0 alerts')
assert log.contains('[ERROR]     event failed call must alert#1: `event.outcome:success` was false: the event has "failure"')
assert log.contains('[INFO] Fixture cases: 11 passed, 1 failed, 0 errors, 0 skipped; 0 fixture problems; query coverage 100.0% (1 rules, ')
assert log.contains('[INFO] BUILD FAILURE')
