// Unknown ids, a technique of another tactic and a misspelt type fail before anything is written, with what was meant.
def log = new File(basedir, 'build.log').text
def prefix = ':new-rule (default-cli) on project new-rule-bad-attack: '
assert log.contains(prefix + "unknown tactic 'TA0030' in ATT&CK v18.1: did you mean TA0003 (Persistence)? (tactics: TA0043 (Reconnaissance), TA0042 (Resource Development), TA0001 (Initial Access), TA0002 (Execution), TA0003 (Persistence), TA0004 (Privilege Escalation), TA0005 (Defense Evasion), TA0006 (Credential Access), TA0007 (Discovery), TA0008 (Lateral Movement), TA0009 (Collection), TA0011 (Command and Control), TA0010 (Exfiltration), TA0040 (Impact)) -> [Help 1]")
assert log.contains(prefix + 'technique T1562.007 (Disable or Modify Cloud Firewall) does not belong to tactic TA0003 (Persistence) in ATT&CK v18.1; it belongs to TA0005 (Defense Evasion) -> [Help 1]')
assert log.contains(prefix + "unknown technique 'T1562.070' in ATT&CK v18.1: did you mean T1562.007 (Disable or Modify Cloud Firewall)? -> [Help 1]")
assert log.contains(prefix + "-Dtype: unknown rule type 'treshold', expected one of [query, eql, esql, threshold, new_terms] (did you mean 'threshold'?) -> [Help 1]")
assert !log.contains('[INFO] Wrote ')
assert !new File(basedir, 'rules').exists()
assert !new File(basedir, 'fixtures').exists()
