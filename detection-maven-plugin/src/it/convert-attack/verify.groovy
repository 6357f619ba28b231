// Without a project: MITRE's STIX bundle becomes a catalog file the attackCatalog parameter can load.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Wrote ATT&CK v16.1 catalog (2 tactics, 5 techniques and sub-techniques): ')
def catalog = new JsonSlurper().parse(new File(basedir, 'out/catalog.json'))
assert catalog.format == 'enterprise-attack-catalog'
assert catalog.tactics*.id == ['TA0003', 'TA0005']
assert catalog.techniques.find { it.id == 'T1562.001' }.parent_id == 'T1562'
