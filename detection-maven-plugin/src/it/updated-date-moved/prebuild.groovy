// A repository with two commits: the second changes both rules' queries, moving updated_date only in the VPC rule.
def git(String... args) {
    def process = (['git', '-C', basedir.absolutePath] + args.toList()).execute()
    process.waitFor()
    assert process.exitValue() == 0 : "git ${args.join(' ')}: ${process.err.text}"
}
def change(String name, String text, String replacement) {
    def rule = new File(basedir, "rules/integrations/aws/${name}.toml")
    assert rule.text.contains(text)
    rule.text = rule.text.replace(text, replacement)
}
git('init', '-q')
git('config', 'user.email', 'it@rulesmith.dev')
git('config', 'user.name', 'Rulesmith IT')
git('config', 'commit.gpgsign', 'false')
git('add', '.')
git('commit', '-q', '-m', 'two rules')
change('persistence_ec2_security_group_configuration_change_detection', 'RevokeSecurityGroupIngress) and event.outcome:success', 'RevokeSecurityGroupIngress) and event.outcome:failure')
change('defense_evasion_vpc_flow_logs_deleted', 'event.outcome:success', 'event.outcome:failure')
change('defense_evasion_vpc_flow_logs_deleted', 'updated_date = "2026/11/29"', 'updated_date = "2026/11/30"')
git('commit', '-q', '-am', 'change both queries')
return true
