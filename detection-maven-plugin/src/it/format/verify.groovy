// detection:format rewrites the file that is not canonical, keeps its comments and query, leaves the canonical one.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Formatted rules/aws/iam_login_profile_added.toml')
assert !log.contains('[INFO] Formatted rules/aws/defense_evasion_network_acl_deleted.toml')
assert log.contains('[INFO] 2 rule files: 1 formatted, 1 already canonical, 0 invalid')
assert log.contains('[INFO] BUILD SUCCESS')
def formatted = new File(basedir, 'rules/aws/iam_login_profile_added.toml').text
assert formatted == new File(basedir, 'expected/aws/iam_login_profile_added.toml').text
assert formatted.contains('risk_score = 47 # medium: reviewed 2026-01')
assert formatted.contains('# Owner: cloud detections team\ntype = "query"')
