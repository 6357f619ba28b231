// The rule file exists: new-rule refuses, leaves it as it was and writes no fixture either.
def log = new File(basedir, 'build.log').text
def existing = new File(basedir, 'rules/integrations/aws/persistence_iam_console_login_profile_created.toml')
assert log.contains(":new-rule (default-cli) on project new-rule-no-overwrite: ${existing.path} already exists: new-rule does not overwrite files; choose another name or remove the file -> [Help 1]")
assert !log.contains('[INFO] Wrote ')
assert existing.text.contains('rule_id = "1a52e1c2-a065-44f0-a368-384f94a8af14"')
assert existing.text.contains('name = "AWS IAM Console Login Profile Created or Reset"')
assert !new File(basedir, 'fixtures').exists()
assert log.contains('[INFO] BUILD FAILURE')
