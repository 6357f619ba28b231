// lock-versions bumps the changed rule, adds the new one, keeps a removed rule's entry; validate then passes.
import groovy.json.JsonSlurper
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Locked AWS IAM Console Login Profile Created or Reset (1a52e1c2-a065-44f0-a368-384f94a8af14): version 3 -> 4 (content changed)')
assert log.contains('[INFO] Locked AWS Network ACL or ACL Entry Deleted (51542c77-d53f-426a-ad29-3ce0bd5c59ff): new, version 1')
assert log.contains('/etc/version.lock.json: 2 rule(s) bumped, 0 unchanged')
assert log.contains('[INFO] 2 rules validated: 0 errors, 0 warnings, 0 notes in ')
assert log.contains('[INFO] BUILD SUCCESS')
def lock = new JsonSlurper().parse(new File(basedir, 'etc/version.lock.json'))
assert lock.keySet() == ['1a52e1c2-a065-44f0-a368-384f94a8af14', '51542c77-d53f-426a-ad29-3ce0bd5c59ff', 'aaaaaaaa-0000-4000-8000-000000000000'] as Set
assert lock['1a52e1c2-a065-44f0-a368-384f94a8af14'].version == 4
assert lock['1a52e1c2-a065-44f0-a368-384f94a8af14'].sha256 ==~ /[0-9a-f]{64}/ && lock['1a52e1c2-a065-44f0-a368-384f94a8af14'].sha256 != '0' * 64
assert lock['51542c77-d53f-426a-ad29-3ce0bd5c59ff'].version == 1
assert lock['51542c77-d53f-426a-ad29-3ce0bd5c59ff'].type == 'query'
assert lock['aaaaaaaa-0000-4000-8000-000000000000'].version == 7
