// package writes one API-format rule a line (version from the lock) and lists the deprecated rule.
import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
assert log.contains(':export (default-export) @ kibana-export ---')
def out = new File(basedir, 'target/detection-rules')
assert log.contains("[INFO] Kibana export: 2 rules in ${new File(out, 'rules.ndjson')}, 1 deprecated in ${new File(out, 'deprecated_rules.json')}")
assert log.contains('[INFO] BUILD SUCCESS')
def lines = new File(out, 'rules.ndjson').readLines()
assert lines.size() == 2
def rules = lines.collect { new JsonSlurper().parseText(it) }
assert rules*.rule_id == ['1a52e1c2-a065-44f0-a368-384f94a8af14', '51542c77-d53f-426a-ad29-3ce0bd5c59ff']
assert rules*.version == [5, 2]
def acl = rules[1]
assert acl.name == 'AWS Network ACL or ACL Entry Deleted'
assert acl.type == 'query' && acl.language == 'kuery'
assert !acl.containsKey('metadata') && !acl.containsKey('creation_date')
assert acl.related_integrations == [[package: 'aws', integration: 'cloudtrail', version: '^5.0.0']]
assert acl.required_fields.find { it.name == 'event.action' } == [name: 'event.action', type: 'keyword', ecs: true]
assert acl.setup.startsWith('This rule needs AWS CloudTrail logs')
assert !acl.note.contains('## Setup')
assert acl.threat.every { it.containsKey('technique') }
def deprecated = new JsonSlurper().parse(new File(out, 'deprecated_rules.json'))
assert deprecated == ['2b90efd2-e94a-4bbc-b753-6df87064b27c': [deprecation_date: '2026/12/01', rule_name: 'AWS S3 Bucket Versioning Suspended', stack_version: '9.2']]
