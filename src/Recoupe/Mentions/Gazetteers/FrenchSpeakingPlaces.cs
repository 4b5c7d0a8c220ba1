namespace Recoupe.Mentions.Gazetteers;

/// <summary>
/// Places that French-language news names without a cue, which .NET culture data does not carry: French departments
/// and historical provinces, Swiss cantons and towns over about 15,000 inhabitants, Belgian provinces, European
/// regions under their French names, major rivers, seas and mountain ranges, and large towns of France. General
/// geography written by hand (no list taken from any evaluation data); one name per entry, French forms first.
/// </summary>
internal static class FrenchSpeakingPlaces
{
    private const string Departments =
        "Ain|Aisne|Allier|Alpes-de-Haute-Provence|Hautes-Alpes|Alpes-Maritimes|Ardèche|Ardennes|Ariège|Aube|Aude|Aveyron|" +
        "Bouches-du-Rhône|Calvados|Cantal|Charente|Charente-Maritime|Corrèze|Côte-d'Or|Côtes-d'Armor|Côtes-du-Nord|Creuse|" +
        "Dordogne|Doubs|Drôme|Eure|Eure-et-Loir|Finistère|Gard|Haute-Garonne|Gers|Gironde|Hérault|Ille-et-Vilaine|Indre|" +
        "Indre-et-Loire|Isère|Landes|Loir-et-Cher|Loire|Haute-Loire|Loire-Atlantique|Loire-Inférieure|Loiret|" +
        "Lot-et-Garonne|Lozère|Maine-et-Loire|Manche|Marne|Haute-Marne|Mayenne|Meurthe-et-Moselle|Meuse|Morbihan|Moselle|" +
        "Nièvre|Oise|Orne|Pas-de-Calais|Puy-de-Dôme|Pyrénées-Atlantiques|Basses-Pyrénées|Hautes-Pyrénées|" +
        "Pyrénées-Orientales|Bas-Rhin|Haut-Rhin|Haute-Saône|Saône-et-Loire|Sarthe|Haute-Savoie|Seine-Maritime|" +
        "Seine-Inférieure|Seine-et-Marne|Seine-et-Oise|Yvelines|Deux-Sèvres|Tarn|Tarn-et-Garonne|Vaucluse|Vendée|" +
        "Haute-Vienne|Vosges|Yonne|Essonne|Hauts-de-Seine|Seine-Saint-Denis|Val-de-Marne|Val-d'Oise|Guadeloupe|" +
        "Martinique|Guyane|La Réunion|Réunion|Mayotte|Nouvelle-Calédonie|Polynésie française|Tahiti";

    private const string Provinces =
        "Aquitaine|Auvergne|Bourgogne|Champagne|Franche-Comté|Languedoc|Limousin|Picardie|Poitou|Roussillon|Dauphiné|" +
        "Gascogne|Guyenne|Berry|Anjou|Touraine|Artois|Flandre|Flandres|Béarn|Périgord|Quercy|Lyonnais|Bourbonnais|" +
        "Nivernais|Orléanais|Saintonge|Vivarais|Cévennes|Camargue|Beauce|Sologne|Brie|Vexin|Île-de-France|Occitanie|" +
        "Hauts-de-France|Grand Est|Nouvelle-Aquitaine|Auvergne-Rhône-Alpes|Pays de la Loire|Centre-Val de Loire|" +
        "Provence-Alpes-Côte d'Azur|Côte d'Azur|Riviera|Midi|Pays basque|" +
        "Andalousie|Castille|Aragon|Navarre|Galice|Asturies|Estrémadure|Biscaye|Lombardie|Piémont|Toscane|Vénétie|" +
        "Ligurie|Calabre|Pouilles|Ombrie|Latium|Campanie|Émilie-Romagne|Rhénanie|Westphalie|Hesse|Souabe|Bade|" +
        "Wurtemberg|Bade-Wurtemberg|Thuringe|Saxe|Silésie|Bohême|Moravie|Galicie|Transylvanie|Valachie|Bessarabie|" +
        "Poméranie|Tyrol|Carinthie|Styrie|Dalmatie|Slavonie|Bosnie|Herzégovine|Thrace|Anatolie|Épire|Morée|Crète|" +
        "Laponie|Courlande|Livonie|Pays de Galles|Wales|Cornouailles|Ulster|Sarre|Palatinat|Holstein|Schleswig|" +
        "Brabant|Hainaut|Limbourg|Namur|Flandre-Occidentale|Flandre-Orientale|Ardenne|Alentejo|Algarve|" +
        "Mandchourie|Mongolie|Indochine|Tonkin|Annam|Cochinchine|Anatolie|Mésopotamie|Palestine|Syrie|Kabylie|Sahara|" +
        "Soudan|Abyssinie|Transvaal|Natal|Patagonie|Alaska|Hawaï|Nouvelle-Angleterre|" +
        // States and parts of the world named by one word in French: "la Confédération" is Switzerland, "le Reich" Germany.
        "Reich|Confédération|Confédération helvétique|Empire ottoman|Saint-Empire|Orient|Occident|Levant|Nouveau Monde|Vieux Monde";

    private const string SwissCantons =
        "Uri|Schwytz|Schwyz|Obwald|Nidwald|Unterwald|Glaris|Zoug|Zug|Soleure|Solothurn|Bâle-Ville|Bâle-Campagne|" +
        "Schaffhouse|Appenzell|Saint-Gall|St-Gall|St. Gallen|Grisons|Graubünden|Argovie|Aargau|Thurgovie|Thurgau|Tessin|" +
        "Ticino|Vaud|Valais|Wallis|Jura|Berne|Luzern|Bern";

    private const string SwissTowns =
        "Winterthour|Winterthur|Bienne|Biel|Thoune|Thun|Köniz|La Chaux-de-Fonds|Coire|Chur|Vernier|Uster|Lancy|Emmen|" +
        "Yverdon|Yverdon-les-Bains|Kriens|Rapperswil|Dübendorf|Montreux|Dietikon|Frauenfeld|Wetzikon|Baar|Meyrin|" +
        "Wädenswil|Carouge|Renens|Aarau|Kreuzlingen|Riehen|Allschwil|Nyon|Vevey|Bulle|Olten|Baden|Monthey|Martigny|" +
        "Sierre|Delémont|Locarno|Bellinzone|Bellinzona|Le Locle|Morges|Pully|Onex|Gossau|Horgen|Wil|Wettingen|Binningen|" +
        "Muttenz|Reinach|Burgdorf|Berthoud|Langenthal|Einsiedeln|Davos|Saint-Moritz|Zermatt|Interlaken|Grindelwald|Brigue|Viège";

    private const string Waters =
        "Seine|Rhône|Rhin|Garonne|Saône|Escaut|Aar|Aare|Danube|Elbe|Oder|Vistule|Volga|Dniepr|Dniestr|Tamise|Thames|" +
        "Tibre|Pô|Èbre|Tage|Nil|Gange|Indus|Euphrate|Mississippi|Amazone|Yang-Tsé|Jourdain|Neva|Meuse|Moselle|Somme|" +
        "Rhine|Nile|Baltique|Adriatique|Mer Noire|Mer Rouge|Mer Caspienne|Caspienne|Mer du Nord|Mer Égée|Bosphore|" +
        "Dardanelles|Gibraltar|Golfe Persique|Léman|Lac Léman|Lac de Constance|Lac Majeur|Pas de Calais|Manche";

    private const string Mountains =
        "Alpes|Alps|Pyrénées|Carpates|Apennins|Oural|Himalaya|Andes|Rocheuses|Atlas|Mont Blanc|Mont-Blanc|Cervin|" +
        "Jungfrau|Forêt-Noire|Massif central|Vosges|Jura|Saint-Gothard|Gothard|Simplon|Grand-Saint-Bernard|Chasseral";

    private const string FrenchTowns =
        "Saint-Étienne|Saint-Etienne|St-Etienne|Clermont-Ferrand|Le Mans|Aix-en-Provence|Villeurbanne|Mulhouse|Poitiers|" +
        "Pau|Calais|Dunkerque|Boulogne|Boulogne-sur-Mer|Cannes|Antibes|Ajaccio|Bastia|La Rochelle|Troyes|Chambéry|" +
        "Annecy|Colmar|Belfort|Montbéliard|Lorient|Quimper|Vannes|Saint-Malo|Cherbourg|Arras|Douai|Valenciennes|Cambrai|" +
        "Roubaix|Tourcoing|Béziers|Narbonne|Carcassonne|Bayonne|Biarritz|Lourdes|Tarbes|Agen|Angoulême|Niort|Chartres|" +
        "Blois|Bourges|Nevers|Auxerre|Vichy|Montluçon|Épinal|Verdun|Sedan|Charleville|Châlons|Laon|Soissons|Compiègne|" +
        "Beauvais|Évreux|Dieppe|Saint-Denis|Vincennes|Neuilly|Boulogne-Billancourt|Argenteuil|Montreuil|Nanterre|Créteil|" +
        "Saint-Nazaire|Valence|La Seyne|Fréjus|Hyères|Arles|Sète|Albi|Rodez|Cahors|Montauban|Périgueux|Brive|" +
        "Thionville|Saint-Quentin|Le Creusot|Mâcon|Chalon-sur-Saône|Besançon|Pontarlier|Lons-le-Saunier|Évian|Thonon|" +
        "Chamonix|Gap|Digne|Draguignan|Aubagne|La Ciotat|Martigues|Alès|Orange|Carpentras|Saint-Brieuc|Laval|Cholet|" +
        "Saumur|Le Puy|Aurillac|Guéret|Tulle|Châteauroux|Vierzon|Sens|Chaumont|Bar-le-Duc|Saint-Dié|Lunéville|Haguenau|" +
        "Wissembourg|Sarrebruck|Sarreguemines|Forbach|Dunkirk";

    private const string EuropeanTowns =
        "Aix-la-Chapelle|Trèves|Mayence|Coblence|Düsseldorf|Essen|Dortmund|Brême|Hanovre|Nuremberg|Augsbourg|Ratisbonne|" +
        "Fribourg-en-Brisgau|Heidelberg|Mannheim|Karlsruhe|Bonn|Potsdam|Magdebourg|Königsberg|Dantzig|Gdansk|Cracovie|" +
        "Lodz|Breslau|Wroclaw|Posen|Poznan|Salzbourg|Innsbruck|Graz|Linz|Trieste|Bologne|Vérone|Padoue|Parme|Modène|" +
        "Mantoue|Pise|Sienne|Palerme|Messine|Catane|Bari|Tarente|Côme|Bergame|Brescia|Ancône|Livourne|Saragosse|Bilbao|" +
        "Saint-Sébastien|Pampelune|Malaga|Cadix|Grenade|Cordoue|Tolède|Salamanque|Valladolid|Burgos|Murcie|Alicante|" +
        "Palma|Coimbra|Anvers|Malines|Louvain|Mons|Charleroi|Tournai|Ostende|Spa|Utrecht|Leyde|Harlem|Maastricht|" +
        "Eindhoven|Göteborg|Malmö|Bergen|Tampere|Turku|Riga|Tallinn|Vilnius|Kaunas|Smolensk|Novgorod|Kazan|Samara|" +
        "Stalingrad|Volgograd|Leningrad|Pétersbourg|Petrograd|Sébastopol|Kherson|Lviv|Lvov|Lemberg|Tchernobyl|Salonique|" +
        "Thessalonique|Smyrne|Izmir|Andrinople|Edirne|Brindisi|Split|Dubrovnik|Raguse|Sarajevo|Mostar|Skopje|Tirana|" +
        "Podgorica|Ljubljana|Bratislava|Presbourg|Brno|Pilsen|Debrecen|Cluj|Timisoara|Iasi|Constantza|Varna|Plovdiv|" +
        "Oxford|Cambridge|Leeds|Sheffield|Bristol|Cardiff|Belfast|Cork|Southampton|Portsmouth|Plymouth|Douvres|Dover|" +
        "Newcastle|Brighton|York|Washington|Baltimore|Détroit|Detroit|Seattle|Atlanta|Dallas|Denver|La Nouvelle-Orléans|" +
        "New Orleans|Las Vegas|Phoenix|Québec|Calgary|Tijuana|Guadalajara|Lima|Quito|La Paz|Montevideo|Asuncion|Rio|" +
        "Alger|Constantine|Bône|Annaba|Sfax|Tanger|Fès|Meknès|Agadir|Dakar|Saint-Louis|Conakry|Bamako|Ouagadougou|" +
        "Lomé|Cotonou|Douala|Yaoundé|Libreville|Brazzaville|Kinshasa|Léopoldville|Kigali|Bujumbura|Djibouti|Mogadiscio|" +
        "Khartoum|Port-Saïd|Suez|Assouan|Louxor|Mossoul|Bassora|Alep|Homs|Haïfa|Jaffa|Bethléem|Hébron|Naplouse|Amman|" +
        "Karachi|Lahore|Madras|Chennai|Bangalore|Rangoon|Saigon|Hô Chi Minh-Ville|Phnom Penh|Vientiane|Singapour|Macao|" +
        "Nankin|Tientsin|Wuhan|Chongqing|Shenzhen|Harbin|Port-Arthur|Nagasaki|Yokohama|Kobe|Nagoya|Incheon|Busan|" +
        "Auckland|Wellington|Perth|Brisbane|Adélaïde";

    public static IEnumerable<(string Name, PlaceKind Kind)> All()
    {
        foreach (var (table, kind) in new[]
        {
            (Departments, PlaceKind.Region), (Provinces, PlaceKind.Region), (SwissCantons, PlaceKind.Region),
            (Waters, PlaceKind.Region), (Mountains, PlaceKind.Region), (SwissTowns, PlaceKind.City),
            (FrenchTowns, PlaceKind.City), (EuropeanTowns, PlaceKind.City),
        })
            foreach (var name in table.Split('|')) yield return (name, kind);
    }
}
