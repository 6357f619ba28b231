package dev.rulesmith.docs;

import org.tomlj.TomlTable;

/** A tactic, technique or sub-technique as a rule names it: id, name and reference URL (each possibly empty). */
record AttackRef(String id, String name, String url) {

    static AttackRef of(TomlTable table) {
        if (table == null) {
            return new AttackRef("", "", "");
        }
        return new AttackRef(text(table, "id"), text(table, "name"), text(table, "reference"));
    }

    private static String text(TomlTable table, String key) {
        Object value = table.get(key);
        return value instanceof String s ? s : "";
    }
}
