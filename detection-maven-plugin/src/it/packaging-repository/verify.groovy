// The detection-rules packaging runs validate, test and docs with no executions in the POM.
def log = new File(basedir, 'build.log').text
assert log.contains(':validate (default-validate) @ packaging-repository ---')
assert log.contains(':test (default-test) @ packaging-repository ---')
assert log.contains(':docs (default-docs) @ packaging-repository ---')
assert log.contains('[INFO] 1 rules validated: 0 errors, 0 warnings, 0 notes in ')
assert log.contains('[INFO] Fixture cases: 12 passed, 0 failed, 0 errors, 0 skipped; 0 fixture problems; query coverage 100.0% (1 rules, ')
assert log.contains('[INFO] BUILD SUCCESS')
assert new File(basedir, 'target/detection-docs/index.html').isFile()
assert new File(basedir, 'target/detection-docs/attack-navigator-layer.json').text.contains('"techniqueID" : "T1562.007"')
