using System.Text.RegularExpressions;
using Recoupe.Cleaning.PlainText;

namespace Recoupe.Tests.Cleaning;

/// <summary>
/// The word gates of <see cref="LineCues"/> are a necessary condition: a line a gated cue's pattern matches must pass its
/// gate. Checked on every line of the cleaning specs and on lines written for each alternative of the gated patterns.
/// </summary>
public sealed class LineCueGateTests
{
    /// <summary>At least one line per alternative of each gated pattern, with accents, capitals and hyphens.</summary>
    private static readonly string[] Written =
    [
        "Cliquez ici", "CLICK HERE to read", "tap here", "Clicca qui", "Haz clic aquí", "pulse aqui", "Pincha aquí", "Klicken Sie hier", "hier klicken",
        "Téléchargez l'application", "Download the app", "get our apps now", "Scarica l'applicazione", "Descarga la aplicación", "Laden Sie die App", "Holen Sie sich die App", "Installez l'APP",
        "Abonnez-vous", "Inscrivez-vous à la newsletter", "NEWSLETTER", "Subscribe", "Sign up", "Jetzt abonnieren", "Abonnieren Sie", "Registrieren Sie sich",
        "Suscríbete", "Suscríbase", "Iscriviti", "Abbonati", "Reçevez notre lettre", "Recevez gratuitement",
        "Les cookies de ce site", "We use cookies on this website", "Cookie-Richtlinie: Wir verwenden Cookies", "Usamos cookies para mejorar la experiencia",
        "Consent: nos traceurs", "Accept our partners", "Datenschutz und Tracking", "Acept: socios", "Politique de confidentialité et partenaires", "Données personnelles et cookies",
        "Votre adresse e-mail ne sera pas publiée.", "Votre adresse électronique ne sera pas publiée", "adresse de messagerie ne sera pas publiée", "adresse mail ne sera pas publiée",
        "Your email address will not be published.", "Required fields are marked *", "Les champs obligatoires sont indiqués avec *", "Die E-Mail-Adresse wird nicht veröffentlicht.",
        "Deine E-Mailadresse wird nicht veröffentlicht", "Erforderliche Felder sind mit * markiert", "Tu correo electrónico no será publicado", "Los campos obligatorios están marcados",
        "Il tuo indirizzo email non sarà pubblicato", "I campi obbligatori sono contrassegnati", "Enregistrer mon nom, mon e-mail", "Save my name, email", "Meinen Namen, meine E-Mail",
        "Guarda mi nombre", "Salva il mio nome",
        "Alle Rechte vorbehalten", "© 2024 All rights reserved.", "Tous droits réservés", "Todos los derechos reservados", "Tutti i diritti riservati", "Sofern nicht anders angegeben",
        "Unless otherwise noted", "Copyright 2024", "Letzte Änderung: 3. Mai", "Impressum", "Datenschutzerklärung", "Mentions légales", "Privacy Policy", "Terms of Service", "Aviso legal",
        "Note legali", "Warning: Undefined variable in /var/www/x.php on line 12",
        "Cyril Julien a contribué à cet article", "Ont contribué à ce reportage", "John Smith contributed to this report", "Reuters contributed to the story",
        "Avec AFP", "avec l'AFP", "With Reuters", "Mit dpa", "Con EFE", "avec agences", "With agencies", "mit Agenturen", "con agencias", "Con Agenzie", "with Getty Images",
        "Bewerten Sie", "War dieser Artikel hilfreich?", "Ist die Seite nützlich", "Möchten Sie den Artikel teilen?", "Was this article helpful?", "Rate this", "Cet article vous a-t-il",
        "Évaluer cet", "Valora este", "Drucken", "Artikel drucken", "Imprimer", "Print", "Stampa", "Imprimir", "PDF herunterladen", "Artikel als PDF herunterladen", "Das Rezept als PDF herunterladen",
        "Download as PDF", "Télécharger le PDF", "Bild anzeigen", "Zum Shop", "Jetzt kaufen", "Kostenlose Beratung", "Mehr erfahren", "En savoir plus", "Learn more", "Read the full story",
        "(Reporting by Jane Doe; Editing by Bob)", "Writing by Ann", "Mit Material von dpa", "Con información de EFE", "Hanno contribuito Mario e Luigi",
    ];

    /// <summary>The lines of the spec inputs, and the texts of the "remove:" lines of the expectations.</summary>
    private static IEnumerable<string> SpecLines()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Specs", "Cleaning");
        foreach (var file in Directory.GetFiles(folder, "*.txt"))
            foreach (var line in File.ReadAllLines(file))
                yield return line.Contains('|') && file.EndsWith(".expected.txt") ? line[(line.IndexOf('|') + 1)..].Trim() : line.Trim();
    }

    [Fact]
    public void Written_lines_match_a_gated_pattern_and_pass_its_gate()
    {
        var problems = new List<string>();
        foreach (var line in Written)
        {
            var matched = LineCues.GatedCues(line).Where(c => c.Pattern.IsMatch(line)).ToList();
            if (matched.Count == 0) problems.Add($"no gated pattern matches: {line}");
            problems.AddRange(matched.Where(c => !c.Passes).Select(c => $"gate blocks '{line}' for {c.Pattern}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Spec_lines_a_gated_pattern_matches_pass_its_gate()
    {
        var checkedLines = 0;
        foreach (var line in SpecLines())
            foreach (var (pattern, passes) in LineCues.GatedCues(line))
                if (pattern.IsMatch(line)) { checkedLines++; Assert.True(passes, $"gate blocks '{line}' for {pattern}"); }
        Assert.True(checkedLines > 0);
    }

    [Fact]
    public void Every_agency_has_a_gate_word()
    {
        foreach (var alternative in LineCues.Agencies.Split('|'))
        {
            var required = Regex.Replace(alternative, @"\(\?:[^)]*\)\?", "").Replace(@"\s+", " ");
            var words = required.Split(' ').Select(w => new string(w.Select(WordGate.Fold).ToArray()));
            Assert.True(words.Any(LineCues.AgencyWords.Contains), $"no gate word for {alternative}");
        }
    }

    [Fact]
    public void Folding_takes_off_case_and_accents()
    {
        Assert.Equal("telecharger", new string("TÉLÉCHARGER".Select(WordGate.Fold).ToArray()));
        Assert.Equal("recevez", new string("Reçevez".Select(WordGate.Fold).ToArray()));
        Assert.Equal('k', WordGate.Fold('\u212A'));
    }
}
