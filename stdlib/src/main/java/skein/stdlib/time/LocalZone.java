package skein.stdlib.time;

import java.time.DateTimeException;
import java.time.ZoneId;

import skein.interpreter.SkeinContext;

/**
 * The local time zone of a Python process: the zone its {@code TZ} environment variable
 * names when Java knows that name ("Europe/Paris", "UTC", with or without POSIX's leading
 * colon), and the JVM's default zone otherwise (POSIX rule strings such as "EST5EDT" have
 * no Java equivalent).
 */
public final class LocalZone {

    private LocalZone() {
    }

    public static ZoneId current() {
        String tz = SkeinContext.get(null).env().getEnvironment().get("TZ");
        if (tz != null && !tz.isEmpty()) {
            try {
                return ZoneId.of(tz.startsWith(":") ? tz.substring(1) : tz);
            } catch (DateTimeException e) {
                return ZoneId.systemDefault();
            }
        }
        return ZoneId.systemDefault();
    }
}
