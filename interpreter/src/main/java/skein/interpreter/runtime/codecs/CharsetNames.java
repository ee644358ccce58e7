package skein.interpreter.runtime.codecs;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The Python codecs Skein runs on Java's charsets: each codec's name and the aliases Python's
 * documentation lists for it (normalized: lowercase, '_' between words), mapped to the Java
 * charset with the same table. Codecs Java lacks (utf_7, iso8859_10, iso8859_14...) are absent.
 */
final class CharsetNames {

    /** A Python codec: its name as errors show it, the Java charset, and its other names. */
    private record Entry(String pythonName, String javaName, String... aliases) {
    }

    private static final Entry[] ENTRIES = {
        new Entry("cp037", "IBM037", "ibm037", "ibm039"),
        new Entry("cp273", "IBM273", "273", "ibm273", "csibm273"),
        new Entry("cp424", "IBM424", "ebcdic_cp_he", "ibm424"),
        new Entry("cp437", "IBM437", "437", "ibm437"),
        new Entry("cp500", "IBM500", "ebcdic_cp_be", "ebcdic_cp_ch", "ibm500"),
        new Entry("cp737", "x-IBM737"),
        new Entry("cp775", "IBM775", "ibm775"),
        new Entry("cp850", "IBM850", "850", "ibm850"),
        new Entry("cp852", "IBM852", "852", "ibm852"),
        new Entry("cp855", "IBM855", "855", "ibm855"),
        new Entry("cp856", "x-IBM856"),
        new Entry("cp857", "IBM857", "857", "ibm857"),
        new Entry("cp858", "IBM00858", "858", "ibm858"),
        new Entry("cp860", "IBM860", "860", "ibm860"),
        new Entry("cp861", "IBM861", "861", "cp_is", "ibm861"),
        new Entry("cp862", "IBM862", "862", "ibm862"),
        new Entry("cp863", "IBM863", "863", "ibm863"),
        new Entry("cp864", "IBM864", "ibm864"),
        new Entry("cp865", "IBM865", "865", "ibm865"),
        new Entry("cp866", "IBM866", "866", "ibm866"),
        new Entry("cp869", "IBM869", "869", "cp_gr", "ibm869"),
        new Entry("cp874", "x-windows-874"),
        new Entry("cp875", "x-IBM875"),
        new Entry("cp932", "windows-31j", "932", "ms932", "mskanji", "ms_kanji"),
        new Entry("cp949", "x-windows-949", "949", "ms949", "uhc"),
        new Entry("cp950", "x-windows-950", "950", "ms950"),
        new Entry("cp1006", "x-IBM1006"),
        new Entry("cp1026", "IBM1026", "ibm1026"),
        new Entry("cp1140", "IBM01140", "ibm1140"),
        new Entry("cp1250", "windows-1250", "windows_1250"),
        new Entry("cp1251", "windows-1251", "windows_1251"),
        new Entry("cp1252", "windows-1252", "windows_1252"),
        new Entry("cp1253", "windows-1253", "windows_1253"),
        new Entry("cp1254", "windows-1254", "windows_1254"),
        new Entry("cp1255", "windows-1255", "windows_1255"),
        new Entry("cp1256", "windows-1256", "windows_1256"),
        new Entry("cp1257", "windows-1257", "windows_1257"),
        new Entry("cp1258", "windows-1258", "windows_1258"),
        new Entry("euc_jp", "EUC-JP", "eucjp", "ujis", "u_jis"),
        new Entry("euc_kr", "EUC-KR", "euckr", "korean", "ksc5601", "ks_c_5601", "ks_c_5601_1987", "ksx1001", "ks_x_1001"),
        new Entry("gb2312", "GB2312", "chinese", "csiso58gb231280", "euc_cn", "euccn", "eucgb2312_cn", "gb2312_1980",
                "gb2312_80", "iso_ir_58"),
        new Entry("gbk", "GBK", "936", "cp936", "ms936"),
        new Entry("gb18030", "GB18030", "gb18030_2000"),
        new Entry("big5", "Big5", "big5_tw", "csbig5"),
        new Entry("big5hkscs", "Big5-HKSCS", "big5_hkscs", "hkscs"),
        new Entry("iso2022_jp", "ISO-2022-JP", "csiso2022jp", "iso2022jp", "iso_2022_jp"),
        new Entry("iso2022_kr", "ISO-2022-KR", "csiso2022kr", "iso2022kr", "iso_2022_kr"),
        new Entry("iso8859_2", "ISO-8859-2", "iso_8859_2", "latin2", "l2"),
        new Entry("iso8859_3", "ISO-8859-3", "iso_8859_3", "latin3", "l3"),
        new Entry("iso8859_4", "ISO-8859-4", "iso_8859_4", "latin4", "l4"),
        new Entry("iso8859_5", "ISO-8859-5", "iso_8859_5", "cyrillic"),
        new Entry("iso8859_6", "ISO-8859-6", "iso_8859_6", "arabic"),
        new Entry("iso8859_7", "ISO-8859-7", "iso_8859_7", "greek", "greek8"),
        new Entry("iso8859_8", "ISO-8859-8", "iso_8859_8", "hebrew"),
        new Entry("iso8859_9", "ISO-8859-9", "iso_8859_9", "latin5", "l5"),
        new Entry("iso8859_11", "x-iso-8859-11", "iso_8859_11", "thai"),
        new Entry("iso8859_13", "ISO-8859-13", "iso_8859_13", "latin7", "l7"),
        new Entry("iso8859_15", "ISO-8859-15", "iso_8859_15", "latin9", "l9"),
        new Entry("iso8859_16", "ISO-8859-16", "iso_8859_16", "latin10", "l10"),
        new Entry("johab", "x-Johab", "cp1361", "ms1361"),
        new Entry("koi8_r", "KOI8-R", "cskoi8r"),
        new Entry("koi8_u", "KOI8-U"),
        new Entry("mac_cyrillic", "x-MacCyrillic", "maccyrillic"),
        new Entry("mac_greek", "x-MacGreek", "macgreek"),
        new Entry("mac_iceland", "x-MacIceland", "maciceland"),
        new Entry("mac_latin2", "x-MacCentralEurope", "maccentraleurope", "mac_centeuro"),
        new Entry("mac_roman", "x-MacRoman", "macroman", "macintosh"),
        new Entry("mac_turkish", "x-MacTurkish", "macturkish"),
        new Entry("shift_jis", "Shift_JIS", "csshiftjis", "shiftjis", "sjis", "s_jis"),
        new Entry("tis_620", "TIS-620", "tis620", "tis_620_0", "tis_620_2529_0", "tis_620_2529_1", "iso_ir_166"),
    };

    /** The binary-to-binary and text-to-text codecs, which str.encode and bytes.decode refuse. */
    private static final Set<String> NOT_TEXT = Set.of("base64", "base_64", "base64_codec", "bz2", "bz2_codec", "hex",
            "hex_codec", "quopri", "quotedprintable", "quoted_printable", "quopri_codec", "rot13", "rot_13", "uu",
            "uu_codec", "zip", "zlib", "zlib_codec");

    private static final Map<String, Entry> BY_NAME = new HashMap<>();

    static {
        for (Entry entry : ENTRIES) {
            BY_NAME.put(entry.pythonName, entry);
            for (String alias : entry.aliases) {
                BY_NAME.put(alias, entry);
            }
        }
    }

    private CharsetNames() {
    }

    /** The codec for a normalized name, or null when no Python codec on a Java charset has it. */
    static Codec codec(String normalizedName) {
        Entry entry = BY_NAME.get(normalizedName);
        if (entry == null || !Charset.isSupported(entry.javaName)) {
            return null;
        }
        return new CharsetCodec(Charset.forName(entry.javaName), entry.pythonName);
    }

    /** Whether the name is one of a codec that does not turn str into bytes. */
    static boolean isNonTextCodec(String normalizedName) {
        return NOT_TEXT.contains(normalizedName);
    }
}
