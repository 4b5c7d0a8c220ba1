namespace Recoupe.Language;

/// <summary>The writing systems we tell apart. Latin text needs word statistics; most others name their language outright.</summary>
public enum Script { None, Latin, Cyrillic, Greek, Arabic, Hebrew, Han, Kana, Hangul, Devanagari, Bengali, Tamil, Thai, Armenian, Georgian, Ethiopic, Other }

/// <summary>Classifies letters by Unicode block. Pure range checks: no allocation, no table.</summary>
public static class ScriptDetector
{
    public static Script Of(char c)
    {
        if (c < 0x0250) return char.IsLetter(c) ? Script.Latin : Script.None;
        if (c < 0x0370) return Script.None; // IPA, spacing modifiers
        if (c < 0x0400) return Script.Greek;
        if (c < 0x0530) return Script.Cyrillic;
        if (c < 0x0590) return Script.Armenian;
        if (c < 0x0600) return Script.Hebrew;
        if (c < 0x0780) return Script.Arabic;
        if (c >= 0x0900 && c < 0x0980) return Script.Devanagari;
        if (c >= 0x0980 && c < 0x0A00) return Script.Bengali;
        if (c >= 0x0B80 && c < 0x0C00) return Script.Tamil;
        if (c >= 0x0E00 && c < 0x0E80) return Script.Thai;
        if (c >= 0x10A0 && c < 0x1100) return Script.Georgian;
        if (c >= 0x1100 && c < 0x1200) return Script.Hangul;
        if (c >= 0x1200 && c < 0x1400) return Script.Ethiopic;
        if (c >= 0x1E00 && c < 0x1F00) return Script.Latin;  // Latin extended additional (Vietnamese)
        if (c >= 0x1F00 && c < 0x2000) return Script.Greek;  // polytonic Greek
        if (c >= 0x3040 && c < 0x3100) return Script.Kana;
        if (c >= 0x3400 && c < 0xA000) return Script.Han;
        if (c >= 0xAC00 && c < 0xD7B0) return Script.Hangul;
        if (c >= 0xF900 && c < 0xFB00) return Script.Han;
        if (c >= 0xFB1D && c < 0xFB50) return Script.Hebrew;
        if (c >= 0xFB50 && c < 0xFE00) return Script.Arabic;
        if (c >= 0xFE70 && c < 0xFF00) return Script.Arabic;
        if (c >= 0xFF21 && c < 0xFF5B) return Script.Latin; // full-width Latin
        return char.IsLetter(c) ? Script.Other : Script.None;
    }
}
