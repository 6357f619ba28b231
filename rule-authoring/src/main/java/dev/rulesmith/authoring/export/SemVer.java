package dev.rulesmith.authoring.export;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version {@code major[.minor[.patch]][-prerelease]} as detection-rules' {@code Version.parse(...,
 * optional_minor_and_patch=True)} reads it; a pre-release sorts before its release.
 */
public record SemVer(String text, int major, int minor, int patch, String prerelease) implements Comparable<SemVer> {

    private static final Pattern FORM = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:[-+](.*))?");

    private static final Comparator<SemVer> ORDER = Comparator.comparingInt(SemVer::major)
            .thenComparingInt(SemVer::minor).thenComparingInt(SemVer::patch)
            .thenComparing(v -> v.prerelease().isEmpty()).thenComparing(SemVer::prerelease);

    public static SemVer parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a version: '" + text + "'");
        }
        return new SemVer(text, Integer.parseInt(m.group(1)), number(m.group(2)), number(m.group(3)),
                m.group(4) == null ? "" : m.group(4));
    }

    private static int number(String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }

    /** {@code major.minor}, as detection-rules writes stack versions in its lock and deprecation files. */
    public String majorMinor() {
        return major + "." + minor;
    }

    @Override
    public int compareTo(SemVer other) {
        return ORDER.compare(this, other);
    }
}
