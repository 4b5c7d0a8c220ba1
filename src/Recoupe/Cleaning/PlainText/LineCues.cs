using System.Buffers;
using System.Text.RegularExpressions;

namespace Recoupe.Cleaning.PlainText;

/// <summary>
/// Site furniture recognised from the words of a single line, in French, English, German, Spanish and Italian:
/// advertisement labels, promos, cookie notices, comment forms, navigation, "recommended" blocks, photo
/// credits, contribution credits. Each cue has a length limit: furniture is short, and a long line that
/// happens to contain "cookie" or "newsletter" is most likely an article sentence.
/// </summary>
public static partial class LineCues
{
    /// <summary>
    /// A cue: its pattern, the reason it gives, the longest line it applies to, and (for unanchored patterns) words
    /// one of which every match contains. The word test is one vectorised search; it spares the pattern, which would
    /// otherwise try a match at nearly every position of the line.
    /// </summary>
    private sealed record Cue(Regex Pattern, string Reason, int MaxLength, SearchValues<string>? Requires = null, WordGate? Gate = null);

    /// <summary>
    /// Words without letters ("©") have no case: the ordinal search is a plain vectorised scan, where the
    /// case-blind one takes a slow path for a non-ASCII symbol (measured 15x slower; it was a fifth of the cue time).
    /// </summary>
    private static SearchValues<string> AnyOf(params string[] words) =>
        SearchValues.Create(words, words.Any(w => w.Any(char.IsLetter)) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    // Generated at build time ([GeneratedRegex]) rather than RegexOptions.Compiled: the same matcher, but compiled with the
    // assembly (ReadyToRun) instead of emitted and JIT-compiled in every process: the cues' ~30 patterns cost ~0.5 CPU-s
    // of JIT at the start of each ingest.
    private const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>
    /// For unanchored alternations of many phrases: their first letters cover most of the alphabet, so the
    /// backtracking engine tries a match at nearly every position; the automaton reads each character once
    /// (measured 4-7x faster on page blocks). Same language of matches: these patterns use no lookarounds.
    /// </summary>
    private const RegexOptions Automaton = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>News and photo agencies whose names make a credit line ("NAME / AFP", "(… via AP)").</summary>
    public const string Agencies =
        @"AFP|AP|Reuters|EPA|EFE|ANSA|dpa|Getty(?:\s+Images)?|Shutterstock|Imago|IMAGO|Sipa|SIPA|Abaca|ABACA|Keystone|Xinhua|Bloomberg|Belga|Maxppp|MAXPPP|Hans\s+Lucas|picture\s+alliance|Anadolu|NurPhoto|Zuma|ZUMA|Alamy|iStock|Europa\s+Press|Yonhap|KCNA|Sputnik|TASS|RIA\s+Novosti|AP\s+Photo|PA(?:\s+Images)?|Wikimedia(?:\s+Commons)?|Unsplash|Leemage|Photononstop|ABC|Le\s+Parisien";

    /// <summary>
    /// One word of each agency in <see cref="Agencies"/> (the rarer one of a two-word name), folded as <see cref="WordGate"/> folds.
    /// </summary>
    internal static readonly string[] AgencyWords =
    [
        "afp", "ap", "reuters", "epa", "efe", "ansa", "dpa", "getty", "shutterstock", "imago", "sipa", "abaca", "keystone", "xinhua",
        "bloomberg", "belga", "maxppp", "lucas", "alliance", "anadolu", "nurphoto", "zuma", "alamy", "istock", "europa", "yonhap",
        "kcna", "sputnik", "tass", "novosti", "pa", "wikimedia", "unsplash", "leemage", "photononstop", "abc", "parisien",
    ];

    [GeneratedRegex(@"^\W*(?:publicit[ée]s?|pub|annonce|advertisement|advertising|advert|ad|ads|sponsored(?:\s+content)?|contenu\s+sponsoris[ée]|sponsoris[ée]|anzeigen?|werbung|gesponsert|publicidad|anuncio|patrocinado|pubblicit[àa]|annuncio|sponsorizzato|promoted|partner\s+content|contenu\s+partenaire)\W*$", Opts)]
    private static partial Regex Cue1();

    [GeneratedRegex(@"^\W*(?:la\s+suite\s+(?:de\s+l['’]article\s+)?(?:apr[èe]s|sous)\s+(?:cette|la)\s+(?:publicit[ée]|pub|annonce)|l['’]article\s+continue\s+(?:ci-dessous|apr[èe]s\s+la\s+publicit[ée])|(?:the\s+)?(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this|the))?(?:\s+(?:advertisement|ad))?|(?:advertisement|ad)\s*[-–—:]\s*(?:scroll|continue)\s.*|weiter\s+nach\s+der\s+(?:anzeige|werbung)|(?:el\s+art[íi]culo\s+)?contin[úu]a\s+(?:despu[ée]s\s+de\s+la\s+publicidad|debajo(?:\s+de\s+la\s+publicidad)?)|l['’]articolo\s+continua\s+(?:sotto|dopo\s+la\s+pubblicit[àa]))\W*$", Opts)]
    private static partial Regex Cue2();

    [GeneratedRegex(@"\b(?:cliquez\s+ici|click\s+here|tap\s+here|clicca\s+qui|haz\s+clic\s+aqu[íi]|pulse\s+aqu[íi]|pincha\s+aqu[íi]|klicken\s+sie\s+hier|hier\s+klicken)\b", Opts)]
    private static partial Regex Cue3();

    [GeneratedRegex(@"\b(?:t[ée]l[ée]charge[rz]?|download|get|scarica|scaricate|descarga|descargue|laden\s+sie|holen\s+sie\s+sich|installez|install)\b.{0,40}\b(?:app|apps|application|applicazione|aplicaci[óo]n)\b", Opts)]
    private static partial Regex Cue4();

    [GeneratedRegex(@"\b(?:abonnez-vous|inscrivez-vous|newsletter|subscribe|sign\s+up|jetzt\s+abonnieren|abonnieren\s+sie|registrieren\s+sie\s+sich|suscr[íi]bete|suscr[íi]base|iscriviti|abbonati|reçevez\s+(?:notre|nos)|recevez\s+(?:notre|nos|gratuitement))\b", Opts)]
    private static partial Regex Cue5();

    [GeneratedRegex(@"^\W*(?:suivez[-\s]nous|follow\s+us|folgen\s+sie\s+uns|s[íi]guenos|seguici|retrouvez[-\s]nous)\b", Opts)]
    private static partial Regex Cue6();

    [GeneratedRegex(@"\bcookies?\b.*\b(?:site|website|navigat|continu|accept|consent|datenschutz|einverstanden|zustimm|experience|exp[ée]rience|esperienza|experiencia|politique|policy|richtlinie|pol[íi]tica|informativa|utilis|use|verwend|utiliz|usiamo|usamos)", Opts)]
    private static partial Regex Cue7();

    [GeneratedRegex(@"\b(?:accept|consent|agree|privacy|akzeptier|zustimm|datenschutz|acept|consenti|politique\s+de\s+confidentialit[ée]|donn[ée]es\s+personnelles|gestion\s+des\s+pr[ée]f[ée]rences)\b.*\b(?:cookies?|traceurs|trackers|tracking|partenaires|partners|partner|socios)\b", Opts)]
    private static partial Regex Cue8();

    [GeneratedRegex(@"^\W*(?:tout\s+accepter|accepter(?:\s+et\s+fermer)?|tout\s+refuser|refuser|accept(?:\s+all)?(?:\s+cookies)?|reject\s+all|i\s+agree|alle\s+akzeptieren|akzeptieren|ablehnen|aceptar(?:\s+todo)?|rechazar|accetta(?:\s+tutto)?|rifiuta|param[ée]trer(?:\s+les\s+cookies)?|manage\s+(?:cookies|preferences|options)|cookie\s+settings)\W*$", Opts)]
    private static partial Regex Cue9();

    [GeneratedRegex(@"^\W*(?:laisser|laissez|poster|publier|[ée]crire|r[ée]diger|ajouter)\s+(?:un|votre)\s+commentaire|^\W*(?:leave|post|write|add|submit)\s+(?:a|your)\s+(?:reply|comment)|^\W*(?:kommentar|kommentare)\s+(?:schreiben|hinterlassen|verfassen|abgeben)|^\W*(?:deja|dejar|escribe|escribir|a[ñn]ade)\s+(?:un|tu)\s+comentario|^\W*(?:lascia|lasciare|scrivi|aggiungi)\s+un\s+commento", Opts)]
    private static partial Regex Cue10();

    [GeneratedRegex(@"^\W*\d*\s*(?:commentaires?|comments?|kommentare?|comentarios?|commenti|r[ée]actions?|r[ée]agir|reply|r[ée]pondre|antworten|responder|rispondi|voir\s+les\s+commentaires|view\s+comments|show\s+comments)\W*$", Opts)]
    private static partial Regex Cue11();

    [GeneratedRegex(@"^\W*(?:connectez-vous|identifiez-vous|log\s+in|sign\s+in|melden\s+sie\s+sich\s+an|inicia\s+sesi[óo]n|accedi)\b.{0,30}\b(?:commenter|comment|kommentieren|comentar|commentare|r[ée]agir)\b", Opts)]
    private static partial Regex Cue12();

    [GeneratedRegex(@"^\W*(?:(?:aller|passer)\s+(?:au|à\s+la|aux)\s+(?:menu|contenu|page|navigation|recherche|pied)|(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|search)|(?:zum|zur)\s+(?:inhalt|navigation|hauptinhalt|suche)|(?:saltar|ir)\s+al\s+(?:contenido|men[úu])|(?:vai|salta)\s+al\s+(?:contenuto|menu))", Opts)]
    private static partial Regex Cue13();

    [GeneratedRegex(@"^\W*(?:menu|men[úu]|accueil|home|homepage|startseite|inicio|portada|rubriques|sections|search|rechercher|recherche|suche|buscar|cerca|go\s+(?:to\s+)?top|back\s+to\s+top|retour\s+en\s+haut(?:\s+de\s+(?:la\s+)?page)?|haut\s+de\s+page|nach\s+oben|volver\s+arriba|torna\s+su|sommaire|navigation|suivant|pr[ée]c[ée]dent|next|previous|prev|zur[üu]ck|weiter|siguiente|anterior|successivo|precedente|retour|back|voir\s+plus|see\s+more|load\s+more|mehr\s+laden|ver\s+m[áa]s|mostra\s+altro|fermer|close|schlie[ßs]en|cerrar|chiudi|ouvrir|open|login|log\s+in|sign\s+in|connexion|se\s+connecter|anmelden|iniciar\s+sesi[óo]n|s['’]abonner|abonnieren|suscribirse|abbonarsi|mon\s+compte|my\s+account|mein\s+konto|mi\s+cuenta|il\s+mio\s+account)\W*$", Opts)]
    private static partial Regex Cue14();

    [GeneratedRegex(@"^\W*(?:contenus?\s+recommand[ée]s?|recommand[ée]s?(?:\s+pour\s+vous)?|[àa]\s+lire\s+(?:aussi|[ée]galement)|lire\s+(?:aussi|[ée]galement|la\s+suite)|voir\s+aussi|sur\s+le\s+m[êe]me\s+sujet|dans\s+la\s+m[êe]me\s+rubrique|articles?\s+(?:similaires|li[ée]s|connexes|recommand[ée]s)|les\s+plus\s+(?:lus|partag[ée]s|comment[ée]s)|[ée]galement\s+[àa]\s+lire|nos\s+derni[èe]r[e]?s\s+(?:articles|vid[ée]os|infos)|(?:recommended|suggested)(?:\s+(?:for\s+you|stories|articles|reading|videos))?|related(?:\s+(?:articles|stories|posts|content|coverage|topics|news))?|read\s+(?:more|also|next)|see\s+also|more\s+(?:from|on|stories|news|to\s+read)\b.*|most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested)|das\s+k[öo]nnte\s+sie\s+auch\s+interessieren|mehr\s+zum\s+thema|lesen\s+sie\s+(?:auch|mehr)|auch\s+interessant|meistgelesen|weitere\s+(?:artikel|nachrichten|meldungen)|empfohlene\s+artikel|te\s+puede\s+interesar|noticias\s+relacionadas|art[íi]culos\s+relacionados|lo\s+m[áa]s\s+le[íi]do|m[áa]s\s+le[íi]d[oa]s|lee\s+tambi[ée]n|leer\s+m[áa]s|te\s+recomendamos|potrebbe\s+interessarti|ti\s+potrebbe\s+interessare|articoli\s+correlati|leggi\s+anche|i\s+pi[ùu]\s+lett[ie]|pi[ùu]\s+lett[ie]|consigliati\s+per\s+te)\b[^.!?]*$", Opts)]
    private static partial Regex Cue15();

    [GeneratedRegex(@"^\W*(?:(?:[äa]hnliche|empfohlene|verwandte|weitere|aktuelle|beliebte|neueste|letzte|neue|passende|meistgelesene|mehr)\s+(?:beitr[äa]ge|artikel|themen|rezepte|produkte|news|nachrichten|meldungen|informationen|links|videos|geschichten|posts|eintr[äa]ge)|(?:das|dies|diese)\s+(?:thema\s+)?k[öo]nnte\s+(?:dich|sie)\s+(?:auch\s+)?interessieren|diese\s+beitr[äa]ge\s+solltest\s+du|passend\s+dazu|vorschau\s+auf\s+den\s+n[äa]chsten|explore\s+further|[àa]\s+d[ée]couvrir|(?:popular|latest|recent|similar|more)\s+(?:posts|articles|stories|news|reads)|derniers\s+articles|articles\s+r[ée]cents|(?:schlagw[öo]rter|schlagworte|stichw[öo]rter|stichworte|tags|kategorien?|categories|category|cat[ée]gories?|th[èe]mes?|themen|etiquetas|etichette|mots[-\s]cl[ée]s|keywords|abgelegt\s+unter|filed\s+under|posted\s+in)\s*:.*|(?:schlagw[öo]rter|schlagworte|stichworte|tags|kategorien|themen)\W*)$", Opts)]
    private static partial Regex Cue16();

    [GeneratedRegex(@"^\W*(?:(?:bisher|noch)\s+keine\s+(?:kommentare|bewertungen)|keine\s+kommentare|no\s+comments(?:\s+yet)?|comments\s+are\s+closed|kommentare\s+(?:sind\s+)?geschlossen|commentaires\s+(?:sont\s+)?ferm[ée]s|aucun\s+commentaire|sin\s+comentarios|nessun\s+commento|\d+\s+(?:kommentare?|comments?|commentaires?|comentarios?|commenti)|\(?noch\s+keine\s+bewertungen\)?)\W*$", Opts)]
    private static partial Regex Cue17();

    [GeneratedRegex(@"^\W*(?:bewerten\s+sie|(?:war|ist)\s+(?:der|dieser|die|diese)\s+(?:artikel|beitrag|seite)\s+(?:n[üu]tzlich|hilfreich)|m[öo]chten\s+sie\s+(?:den|diesen)\s+(?:artikel|beitrag)\s+teilen|was\s+this\s+(?:article|page|post)\s+(?:helpful|useful)|rate\s+this|cet\s+article\s+vous\s+a[-\s]t[-\s]il|[ée]valuer\s+cet|valora\s+este|(?:\S+\s+)?(?:drucken|imprimer|print|stampa|imprimir)|(?:pdf|skript|artikel|rezept|dokument)\s+(?:als\s+pdf\s+)?herunterladen|.{0,40}\s+als\s+pdf\s+herunterladen|download\s+(?:as\s+)?pdf|t[ée]l[ée]charger\s+(?:le\s+)?pdf|bild\s+anzeigen|zum\s+shop|jetzt\s+(?:kaufen|bestellen|weiterlesen|testen)|kostenlose\s+beratung|mehr\s+erfahren|en\s+savoir\s+plus|learn\s+more|read\s+the\s+full\s+(?:story|article))\W*$", Opts)]
    private static partial Regex Cue18();

    [GeneratedRegex(@"^\W*(?:pour\s+(?:acc[ée]der|lire)\s+(?:en\s+illimit[ée]|la\s+suite|l['’]int[ée]gralit[ée])|(?:weiterlesen|lesen\s+sie\s+weiter)\s+mit|(?:to\s+)?continue\s+reading|subscribe\s+to\s+(?:continue|read)|(?:already\s+a\s+subscriber|d[ée]j[àa]\s+abonn[ée]|bereits\s+abonnent)|sie\s+haben\s+bereits\s+ein\s+abo)", Opts)]
    private static partial Regex Cue19();

    [GeneratedRegex(@"^\W*(?:permalien|permalink|lien\s+permanent|kurzlink|short\s*link|short\s+url|enlace\s+permanente|link\s+permanente)\b\W*(?:https?://\S+)?\W*$", Opts)]
    private static partial Regex Cue20();

    [GeneratedRegex(@"^\W*(?:(?:audios?|vid[ée]os?|articles?|photos?|podcasts?)(?:\s+et\s+(?:audios?|vid[ée]os?|articles?|photos?|podcasts?))?\s+sur\s+(?:le|ce)\s+(?:m[êe]me\s+)?(?:sujet|th[èe]me)|(?:more\s+)?(?:audios?|videos?|articles?|stories)\s+(?:and\s+(?:audios?|videos?|articles?))?\s*on\s+(?:this|the)\s+(?:topic|subject)|(?:audios?|videos?|artikel|beitr[äa]ge)(?:\s+und\s+(?:audios?|videos?))?\s+zum\s+thema)\W*$", Opts)]
    private static partial Regex Cue21();

    [GeneratedRegex(@"^\W*(?:photograph\s+by|photo\s+by|foto\s+von|bild\s+via|foto\s+via|image\s+via|bildquelle|fotoquelle|beitragsbild|titelbild|headerbild|symbolbild|photo\s+d['’]illustration)\b", Opts)]
    private static partial Regex Cue22();

    [GeneratedRegex(@"^\W*(?:photos?|fotos?|image|images|bild|bilder|imagen|immagine|illustration|thumbnail|vignette|cr[ée]dits?(?:\s+photos?)?|credits?|cr[ée]dito|copyright|quelle|fuente|fonte|capture\s+d['’][ée]cran|screenshot|vid[ée]o|video)\s*:", Opts)]
    private static partial Regex Cue23();

    [GeneratedRegex(@"^\W*©|©\s*[^.!?]{0,60}$", Opts)]
    private static partial Regex Cue24();

    [GeneratedRegex(@"^[^.!?]{2,80},\s*(?:photos?|fotos?|image|bild|cr[ée]dit(?:\s+photo)?|photograph|source|quelle|fuente|fonte)\s*:[^.!?]{0,80}$", Opts)]
    private static partial Regex Cue25();

    [GeneratedRegex(@"^[\p{Lu}][\p{Lu}\s.'’\-]{3,60}\s?/\s?(?:" + Agencies + @"|[\p{Lu}][\p{Lu}\s]{1,30})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Cue26();

    [GeneratedRegex(@"^\W*\([^()]{0,120}\b(?:via\s+|/\s*)?(?:" + Agencies + @"|photo|foto|archives?|file)\b[^()]{0,40}\)\s*[^.!?]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Cue27();

    [GeneratedRegex(@"^[^.!?]*\((?:" + Agencies + @"|photo[^)]*|foto[^)]*|archives?|archivbild|file\s+photo|illustration|capture[^)]*|screenshot)\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Cue28();

    [GeneratedRegex(@"^[^.!?]*\((?:[àa]\s+gauche|[àa]\s+droite|au\s+centre|de\s+gauche\s+[àa]\s+droite|left|right|center|centre|from\s+left|links|rechts|mitte|von\s+links|izquierda|derecha|a\s+la\s+izquierda|a\s+la\s+derecha|a\s+sinistra|a\s+destra|al\s+centro|da\s+sinistra)\)[^.!?]*$", Opts)]
    private static partial Regex Cue29();

    private static readonly Cue[] Cues =
    [
        // Advertisement labels: the whole line is the label, possibly with "continues below".
        new(Cue1(), RemovalReasons.Advertisement, 60),
        new(Cue2(), RemovalReasons.Advertisement, 120),

        // Promos: apps, newsletters, subscriptions, "click here", social follow.
        new(Cue3(), RemovalReasons.Promo, 200, Gate: new(["cliquez", "click", "tap", "clicca", "clic", "pulse", "pincha", "klicken"])),
        new(Cue4(), RemovalReasons.Promo, 160, Gate: new(["app", "apps", "application", "applicazione", "aplicacion"])),
        new(Cue5(), RemovalReasons.Promo, 160, Gate: new(["abonnez", "inscrivez", "newsletter", "subscribe", "sign", "abonnieren", "registrieren", "suscribete", "suscribase", "iscriviti", "abbonati", "recevez"])),
        new(Cue6(), RemovalReasons.Promo, 160),

        // Cookie and consent notices.
        new(Cue7(), RemovalReasons.CookieNotice, 1000, Gate: new(["cookie", "cookies"])),
        new(Cue8(), RemovalReasons.CookieNotice, 1000, Gate: new(["cookie", "cookies", "traceurs", "trackers", "tracking", "partenaires", "partners", "partner", "socios"])),
        new(Cue9(), RemovalReasons.CookieNotice, 60),

        // Comment forms.
        new(Cue10(), RemovalReasons.CommentForm, 120),
        new(new(@"adresse\s+(?:e-?mail|[ée]lectronique|de\s+messagerie|mail)\s+ne\s+sera\s+pas\s+publi[ée]e|e-?mail\s+address\s+will\s+not\s+be\s+published|required\s+fields\s+are\s+marked|champs\s+obligatoires\s+sont\s+(?:indiqu|marqu)|e-?mail-?adresse\s+wird\s+nicht\s+ver[öo]ffentlicht|erforderliche\s+felder\s+sind|correo\s+electr[óo]nico\s+no\s+ser[áa]\s+publicad|campos\s+obligatorios\s+est[áa]n\s+marcados|indirizzo\s+e-?mail\s+non\s+sar[àa]\s+pubblicato|campi\s+obbligatori\s+sono\s+contrassegnati|enregistrer\s+mon\s+nom|save\s+my\s+name|meinen\s+namen,\s+meine\s+e-?mail|guarda\s+mi\s+nombre|salva\s+il\s+mio\s+nome", Automaton), RemovalReasons.CommentForm, 400, Gate: new(["mail", "email", "electronique", "messagerie", "address", "fields", "obligatoires", "felder", "electronico", "obligatorios", "obbligatori", "mon", "namen", "mio"], Prefixes: ["veroffentlicht", "name", "nombre"])),
        new(Cue11(), RemovalReasons.CommentForm, 40),
        new(Cue12(), RemovalReasons.CommentForm, 160),

        // Navigation and page chrome.
        new(Cue13(), RemovalReasons.Navigation, 120),
        new(Cue14(), RemovalReasons.Navigation, 40),

        // "Recommended" and "read also" blocks (the heading, or the heading with a linked headline).
        new(Cue15(), RemovalReasons.Recommended, 200),

        // Section headings of link blocks and page services (related, tags, ratings, print/download), by their usual words.
        new(Cue16(), RemovalReasons.Recommended, 200),
        new(Cue17(), RemovalReasons.CommentForm, 80),
        new(Cue18(), RemovalReasons.ShareWidget, 120,
            Gate: new(["bewerten", "nutzlich", "hilfreich", "teilen", "helpful", "useful", "rate", "vous", "evaluer", "valora", "drucken", "imprimer", "print", "stampa", "imprimir", "herunterladen", "pdf", "anzeigen", "shop", "jetzt", "beratung", "erfahren", "plus", "more", "full"])),
        new(new(@"(?:alle\s+rechte\s+vorbehalten|all\s+rights\s+reserved|tous\s+droits\s+r[ée]serv[ée]s|todos\s+los\s+derechos\s+reservados|tutti\s+i\s+diritti\s+riservati|sofern\s+nicht\s+anders\s+(?:angegeben|ausgewiesen|vermerkt)|unless\s+otherwise\s+(?:stated|noted)|^\W*copyright\b|^\W*letzte\s+(?:[äa]nderung|aktualisierung)\b|^\W*(?:impressum|datenschutz(?:erkl[äa]rung)?|mentions\s+l[ée]gales|privacy\s+policy|terms\s+of\s+(?:use|service)|aviso\s+legal|note\s+legali)\W*$|^\W*warning:\s.+\s+on\s+line\s+\d+)", Automaton), RemovalReasons.Boilerplate, 300, Gate: new(["rechte", "rights", "droits", "derechos", "diritti", "anders", "otherwise", "copyright", "letzte", "impressum", "datenschutz", "datenschutzerklarung", "legales", "policy", "terms", "legal", "legali", "warning"])),
        new(Cue19(), RemovalReasons.Promo, 200),

        // Short-link widgets ("Permalien https://p.dw.com/p/RPYx") and "more on this topic" headings of media blocks.
        new(Cue20(), RemovalReasons.ShareWidget, 120),
        new(Cue21(), RemovalReasons.Recommended, 80),

        // Photo captions and credits.
        new(Cue22(), RemovalReasons.PhotoCaption, 200),
        new(Cue23(), RemovalReasons.PhotoCaption, 200),
        new(Cue24(), RemovalReasons.PhotoCaption, 400, AnyOf("©")),
        // "Jan Novák, photo: Archives du Gouvernement": a name or a short description, then the credit.
        new(Cue25(), RemovalReasons.PhotoCaption, 200),
        new(Cue26(), RemovalReasons.PhotoCaption, 300),
        new(Cue27(), RemovalReasons.PhotoCaption, 300),

        new(Cue28(), RemovalReasons.PhotoCaption, 300),
        new(Cue29(), RemovalReasons.PhotoCaption, 300),

        // Contribution credits at the end of wire stories.
        new(new(@"(?:a|ont)\s+contribu[ée]\s+[àa]\s+(?:ce|cet)\s+(?:rapport|article|reportage)|contributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article|reporting)|^\W*(?:avec|with|mit|con)\s+(?:l['’])?(?:" + Agencies + @"|agences?|agencies|agenturen|agencias|agenzie)\b[^.]{0,30}\W*$|^\W*\(?(?:reporting|writing|editing)\s+by\b|mit\s+material\s+von|con\s+informaci[óo]n\s+de|ha(?:nno)?\s+contribuito", Automaton), RemovalReasons.CreditLine, 200, Gate: new([.. AgencyWords, "agence", "agences", "agencies", "agenturen", "agencias", "agenzie", "contribue", "reporting", "writing", "editing", "material", "informacion"], Prefixes: ["contribuito"], Suffixes: ["contributed"])),
    ];

    private static readonly int MaxCueLength = Cues.Max(c => c.MaxLength);

    private static readonly WordGate.Index Gates = WordGate.Build(Cues.Select(c => c.Gate));

    /// <summary>The reason the line is furniture by its words, or null.</summary>
    public static string? Classify(string line)
    {
        if (line.Length > MaxCueLength) return null;
        ulong words = 0;
        var wordsRead = false;
        foreach (var cue in Cues)
        {
            if (line.Length > cue.MaxLength) continue;
            if (cue.Requires is not null && line.AsSpan().IndexOfAny(cue.Requires) < 0) continue;
            if (cue.Gate is { } gate)
            {
                if (!wordsRead) { words = Gates.Read(line); wordsRead = true; }
                if ((words & gate.Bit) == 0) continue;
            }
            if (cue.Pattern.IsMatch(line)) return cue.Reason;
        }
        return null;
    }

    /// <summary>For tests: each gated cue's pattern, with whether the line passes its word gate.</summary>
    internal static IEnumerable<(Regex Pattern, bool Passes)> GatedCues(string line)
    {
        var words = Gates.Read(line);
        foreach (var cue in Cues)
            if (cue.Gate is { } gate) yield return (cue.Pattern, (words & gate.Bit) != 0);
    }
}

/// <summary>
/// Whole words one of which every match of a cue contains: a necessary condition, tested once per line for all cues.
/// A line's words are its runs of letters, folded to lower case with accents taken off (é → e, ç → c, ö → o), so a
/// gate word is written without accents; <c>Prefixes</c> and <c>Suffixes</c> are for stems the pattern leaves open
/// on one side. Each word is hashed as it is read and looked up by hash: a collision only lets a line through.
/// </summary>
internal sealed class WordGate(string[] words, string[]? Prefixes = null, string[]? Suffixes = null)
{
    public string[] Words { get; } = words;
    public string[] PrefixWords { get; } = Prefixes ?? [];
    public string[] SuffixWords { get; } = Suffixes ?? [];
    public ulong Bit { get; set; }

    private const ulong Seed = 14695981039346656037UL, Prime = 1099511628211UL;

    private static ulong Step(ulong hash, char c) => (hash ^ c) * Prime;

    private static ulong Hash(string word)
    {
        var hash = Seed;
        foreach (var c in word) hash = Step(hash, c);
        return hash;
    }

    /// <summary>Lower case without accents, for the letters of the cue words; other letters only lower-cased.</summary>
    public static char Fold(char c) => c < 128 ? (char)(c | 0x20) : FoldTable[c];

    /// <summary>
    /// <see cref="Fold"/> of every UTF-16 unit, computed once: two invariant case changes per letter were a sixth of the
    /// cue check on German and French text, where most words hold a letter outside ASCII.
    /// </summary>
    private static readonly char[] FoldTable = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++) table[c] = FoldSlow((char)c);
        return table;
    }

    private static char FoldSlow(char c)
    {
        if (c < 128) return (char)(c | 0x20);
        c = char.ToLowerInvariant(char.ToUpperInvariant(c));
        return c switch
        {
            >= 'à' and <= 'å' => 'a',
            'ç' => 'c',
            >= 'è' and <= 'ë' => 'e',
            >= 'ì' and <= 'ï' => 'i',
            'ñ' => 'n',
            >= 'ò' and <= 'ö' => 'o',
            >= 'ù' and <= 'ü' => 'u',
            'ý' or 'ÿ' => 'y',
            _ => c,
        };
    }

    public static Index Build(IEnumerable<WordGate?> gates)
    {
        var index = new Index();
        var bit = 1UL;
        foreach (var gate in gates)
        {
            if (gate is null) continue;
            if (bit == 0) throw new InvalidOperationException("more than 64 gated cues");
            gate.Bit = bit;
            foreach (var w in gate.Words) index.Add(index.Exact, w, bit);
            foreach (var w in gate.PrefixWords)
            {
                index.Add(index.Prefix, w, bit);
                index.PrefixLengths |= 1UL << w.Length;
            }
            foreach (var w in gate.SuffixWords) index.Suffixes.Add((w, bit));
            bit <<= 1;
        }
        index.MinSuffix = index.Suffixes.Count == 0 ? int.MaxValue : index.Suffixes.Min(s => s.Word.Length);
        return index;
    }

    internal sealed class Index
    {
        public readonly Dictionary<ulong, ulong> Exact = [];
        public readonly Dictionary<ulong, ulong> Prefix = [];
        public readonly List<(string Word, ulong Bit)> Suffixes = [];
        public ulong PrefixLengths;
        public int MinSuffix;

        /// <summary>The low bits of the hashes of all gate words and prefixes: most words are turned away here, before a lookup.</summary>
        public readonly bool[] Filter = new bool[FilterMask + 1];
        private const ulong FilterMask = 4095;

        public void Add(Dictionary<ulong, ulong> into, string word, ulong bit)
        {
            var hash = Hash(word);
            into[hash] = into.GetValueOrDefault(hash) | bit;
            Filter[(int)(hash & FilterMask)] = true;
        }

        private static bool IsLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') < 26 : char.IsLetter(c);

        /// <summary>The bits of the gates one of whose words the line contains.</summary>
        public ulong Read(string line)
        {
            Span<char> word = stackalloc char[64];
            ulong found = 0;
            var i = 0;
            while (i < line.Length)
            {
                if (!IsLetter(line[i])) { i++; continue; }
                var hash = Seed;
                var n = 0;
                for (; i < line.Length && IsLetter(line[i]); i++, n++)
                {
                    var c = Fold(line[i]);
                    hash = Step(hash, c);
                    if (n < 64)
                    {
                        word[n] = c;
                        if (n + 1 < 64 && (PrefixLengths & (1UL << (n + 1))) != 0 && Filter[(int)(hash & FilterMask)] && Prefix.TryGetValue(hash, out var p)) found |= p;
                    }
                }
                if (Filter[(int)(hash & FilterMask)] && Exact.TryGetValue(hash, out var bits)) found |= bits;
                if (n >= MinSuffix)
                {
                    // Suffixes of words longer than the buffer: fold the tail again.
                    ReadOnlySpan<char> tail = n <= 64 ? word[..n] : Refold(line.AsSpan(i - 64, 64), word);
                    foreach (var (suffix, bit) in Suffixes)
                        if (tail.EndsWith(suffix, StringComparison.Ordinal)) found |= bit;
                }
            }
            return found;
        }

        private static ReadOnlySpan<char> Refold(ReadOnlySpan<char> source, Span<char> into)
        {
            for (var k = 0; k < source.Length; k++) into[k] = Fold(source[k]);
            return into[..source.Length];
        }
    }
}
