using System.Text;

namespace GluteLab.Anatomy;

/// <summary>Splits one line of the bundled data files (comma separated, fields may be double-quoted, "" escapes a quote).</summary>
internal static class CsvFields
{
    /// <summary>The line's fields, or null when a quoted field is not closed.</summary>
    public static List<string>? Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else field.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(ch);
        }
        if (quoted) return null;
        fields.Add(field.ToString());
        return fields;
    }
}
