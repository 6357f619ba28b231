// Without a project: findings go to SARIF 2.1.0; the build passes with failOnError=false and fails without it.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] rules/aws/persistence_ec2_security_group_configuration_change_detection.toml:52:1: ERROR rule.threat[0].tactic.name: 'Persistance' is not the name of TA0003 in ATT&CK v18.1: did you mean 'Persistence'? [attack-tactic-name]")

def sarif = new JsonSlurper().parse(new File(basedir, 'out/findings.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results.size() == 1
def result = results[0]
assert result.ruleId == 'attack-tactic-name'
assert result.level == 'error'
assert result.message.text.startsWith("rule.threat[0].tactic.name: 'Persistance'")
def location = result.locations[0].physicalLocation
assert location.artifactLocation.uri == 'rules/aws/persistence_ec2_security_group_configuration_change_detection.toml'
assert location.region.startLine == 52
assert location.region.startColumn == 1
assert sarif.runs[0].tool.driver.rules.find { it.id == 'attack-tactic-name' } != null
assert new File(basedir, 'out/second.sarif').isFile()
