// A misspelt check id in the configuration stops the build at once, naming the POM element.
def log = new File(basedir, 'build.log').text
assert log.contains("Invalid <checkSeverities>: unknown check id 'attack-tactic-nme' (did you mean 'attack-tactic-name'?)")
assert log.contains('[INFO] BUILD FAILURE')
