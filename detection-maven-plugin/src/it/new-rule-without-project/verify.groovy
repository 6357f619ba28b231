// Without a project: the rule and its fixtures land under the current directory's rules/ and fixtures/.
def log = new File(basedir, 'build.log').text
def path = 'integrations/okta/credential_access_mfa_push_flood.toml'
assert log.contains("[INFO] Wrote rule rules/${path} (esql)")
assert log.contains("[INFO] Wrote fixtures fixtures/${path} (one positive, one negative case)")
def rule = new File(basedir, "rules/${path}").text
assert rule.contains('''query = \'\'\'
from logs-okta* metadata _id, _version, _index
| where event.action == "<<event.action to detect>>" and event.outcome == "success"
| keep _id, _version, _index, @timestamp, event.action, source.ip
\'\'\'
''')
assert !rule.contains('index = [')
assert rule.contains('"Data Source: Okta",\n')
assert rule.endsWith('''[[rule.threat.technique]]
id = "T1621"
name = "Multi-Factor Authentication Request Generation"
reference = "https://attack.mitre.org/techniques/T1621/"

[rule.threat.tactic]
id = "TA0006"
name = "Credential Access"
reference = "https://attack.mitre.org/tactics/TA0006/"
''')
assert new File(basedir, "fixtures/${path}").text.contains('index = "logs-okta.events-default"\n')
