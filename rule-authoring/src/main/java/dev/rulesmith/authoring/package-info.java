/**
 * Authoring and release of rules: scaffolding a new rule with its fixtures, the canonical TOML layout, the version
 * lock and the Kibana import export. Knows nothing of Maven; the plugin's goals are thin adapters over it.
 */
package dev.rulesmith.authoring;
