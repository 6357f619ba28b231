// new-rule writes a rule and its fixtures where the repository's configuration says; the unfilled placeholders then
// fail the repository's build, each reported at its line and column.
def log = new File(basedir, 'build.log').text
def rule = 'detections/integrations/aws/defense_evasion_security_group_opened_to_the_internet.toml'
assert log.contains("[INFO] Wrote rule ${rule} (threshold)")
assert log.contains('[INFO] Wrote fixtures detections-fixtures/integrations/aws/defense_evasion_security_group_opened_to_the_internet.toml (one positive, one negative case)')
assert log.contains('[INFO] Replace the <<placeholders>> in both files: the validator reports each one [placeholder-text] until it is filled')
assert log.contains('[INFO] Wrote rule detections/integrations/aws/defense_evasion_cloudtrail_trail_stopped.toml (eql)')

def text = new File(basedir, rule).text
def today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.ofPattern('yyyy/MM/dd'))
assert text.startsWith("[metadata]\ncreation_date = \"${today}\"\nintegration = [\"aws\"]\nmaturity = \"development\"\nupdated_date = \"${today}\"\n")
assert text =~ /(?m)^rule_id = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"$/
assert text.contains('name = "AWS Security Group Opened to the Internet"\n')
assert text.contains('type = "threshold"\n')
assert text.contains('[rule.threshold]\nfield = ["source.ip"]\nvalue = 5\n')
assert text.endsWith('''[[rule.threat]]
framework = "MITRE ATT&CK"
[[rule.threat.technique]]
id = "T1562"
name = "Impair Defenses"
reference = "https://attack.mitre.org/techniques/T1562/"
[[rule.threat.technique.subtechnique]]
id = "T1562.007"
name = "Disable or Modify Cloud Firewall"
reference = "https://attack.mitre.org/techniques/T1562/007/"

[rule.threat.tactic]
id = "TA0005"
name = "Defense Evasion"
reference = "https://attack.mitre.org/tactics/TA0005/"
''')
def fixture = new File(basedir, 'detections-fixtures/integrations/aws/defense_evasion_security_group_opened_to_the_internet.toml').text
assert fixture.count('[[case]]') == 2
assert fixture.contains('name = "5 matching events from one source.ip alert"\nexpect = "alert"\n')
assert fixture.contains('name = "4 matching events do not alert"\nexpect = "no alert"\n')

def eql = new File(basedir, 'detections/integrations/aws/defense_evasion_cloudtrail_trail_stopped.toml').text
assert eql.contains('name = "CloudTrail_Trail_Stopped"\n')
assert eql.contains('[rule.threat.tactic]\nid = "TA0005"\n')
assert !eql.contains('[[rule.threat.technique]]')

assert log.contains("[ERROR] ${rule}:8:12: ERROR rule.author[0]: placeholder '<<author>>' is still there: replace it with the rule's own text [placeholder-text]")
assert log.contains("[ERROR] ${rule}:10:1: ERROR rule.description: placeholder '<<What the rule detects, and why it matters.>>' is still there: replace it with the rule's own text [placeholder-text]")
assert log.contains("[ERROR] ${rule}:14:5: ERROR rule.false_positives[0]: placeholder '<<Legitimate activity that matches too, and how to tell it apart.>>' is still there: replace it with the rule's own text [placeholder-text]")
assert log.contains("[ERROR] ${rule}:21:12: ERROR rule.license: placeholder '<<licence, e.g. Apache-2.0>>' is still there: replace it with the rule's own text [placeholder-text]")
assert log.contains("[ERROR] ${rule}:27:1: ERROR rule.note: placeholder '<<How to investigate an alert: what to look at, what makes it benign or malicious.>>' is still there: replace it with the rule's own text [placeholder-text]")
assert log.contains("[ERROR] ${rule}:31:1: ERROR rule.note: placeholder '<<What to do about a true positive.>>' is still there: replace it with the rule's own text [placeholder-text]")
assert log.contains("[ERROR] ${rule}:49:48: ERROR rule.query: placeholder '<<event.action to detect>>' is still there: replace it with the rule's own text [placeholder-text]")
assert log.contains('[INFO] 2 rules validated: 14 errors, 0 warnings, 0 notes in ')
assert log.contains('[INFO] BUILD FAILURE')
