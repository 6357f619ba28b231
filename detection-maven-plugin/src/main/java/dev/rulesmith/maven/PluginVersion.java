package dev.rulesmith.maven;

/** The plugin's own version, from its jar manifest (the build's project version). */
final class PluginVersion {

    private PluginVersion() {
    }

    static String get() {
        String version = PluginVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
