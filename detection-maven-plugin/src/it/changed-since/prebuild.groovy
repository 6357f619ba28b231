// A repository with two commits: the second changes only the seed rule's description (and moves its updated_date).
def git(String... args) {
    def process = (['git', '-C', basedir.absolutePath] + args.toList()).execute()
    process.waitFor()
    assert process.exitValue() == 0 : "git ${args.join(' ')}: ${process.err.text}"
}
git('init', '-q')
git('config', 'user.email', 'it@rulesmith.dev')
git('config', 'user.name', 'Rulesmith IT')
git('add', '.')
git('commit', '-q', '-m', 'two rules')
def rule = new File(basedir, 'rules/integrations/aws/persistence_ec2_security_group_configuration_change_detection.toml')
rule.text = rule.text.replace('A security group is like a virtual firewall', 'A security group acts as a virtual firewall')
    .replace('updated_date = "2024/04/14"', 'updated_date = "2024/05/01"')
git('commit', '-q', '-am', 'reword the seed rule')
return true
