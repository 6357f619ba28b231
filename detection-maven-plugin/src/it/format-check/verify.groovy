// format-check (bound to validate) lists the files that would change and the invalid one, fails, and writes nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] rules/aws/broken.toml:6:14: invalid TOML: Unexpected end of line, expected \', ", \'\'\', """, '
        + 'a number, a boolean, a date/time, an array, or a table')
assert log.contains('[ERROR] Not in the canonical layout: rules/aws/defense_evasion_vpc_flow_logs_deleted.toml')
assert !log.contains('[ERROR] Not in the canonical layout: rules/aws/defense_evasion_network_acl_deleted.toml')
assert log.contains('[INFO] 3 rule files checked: 1 not in the canonical layout, 1 invalid')
assert log.contains('2 rule file(s) need formatting or fixing (rules/aws/defense_evasion_vpc_flow_logs_deleted.toml, '
        + 'rules/aws/broken.toml); run mvn detection:format')
assert log.contains('[INFO] BUILD FAILURE')
assert new File(basedir, 'rules/aws/defense_evasion_vpc_flow_logs_deleted.toml').text.startsWith('[metadata]\ncreation_date')
