using Nacre.Core;

namespace Nacre.Language.Lexicon;

// Grammar: determiners, quantities, negation, prepositions, conjunctions, glue words, part nouns, and the
// adjectives of size, density and strength that bind to the noun they describe.
internal static partial class CuratedLexicon
{
    private static void AddGrammar(Builder b)
    {
        // "a boat" is one boat but not a number the prompt insisted on; "one", "a single", "a lone" are.
        b.Add(WordRole.Determiner, "a|an", Senses.Count(1));
        b.Add(WordRole.Determiner, "one|single|a single|a lone|lone|solitary|sole|only one|just one|just a single|one single|a solitary", Senses.Count(1, exact: true));
        b.Add(WordRole.Determiner, "lonely", Senses.Count(1));
        b.Add(WordRole.Determiner, "the|this|that|these|those|its|their|his|her|our|my|your|another|each|every|any", Senses.None);

        b.Add(WordRole.Quantifier, "a couple of|a couple|couple of|a pair of|pair of|a pair|two|twin|both", Senses.Count(2, exact: true));
        b.Add(WordRole.Quantifier, "three", Senses.Count(3, exact: true));
        b.Add(WordRole.Quantifier, "a few|few|a handful of|handful of|some|a bit of|a little", Senses.Count(3));
        b.Add(WordRole.Quantifier, "four", Senses.Count(4, exact: true));
        b.Add(WordRole.Quantifier, "several|a group of|group of|a small group of|a cluster of|cluster of", Senses.Count(4));
        b.Add(WordRole.Quantifier, "a chain of|chain of|chains of|a string of|string of|a row of|row of|rows of|a line of|line of|lines of|a family of|a bunch of|bunch of|a collection of", Senses.Count(6));
        b.Add(WordRole.Quantifier, "a herd of|herd of|herds of|a flock of|flock of|flocks of|a pack of|pack of|a troop of|a drove of", Senses.Count(8));
        b.Add(WordRole.Quantifier, "a dozen|dozen|a dozen or so", Senses.Count(12, exact: true));
        b.Add(WordRole.Quantifier, "many|numerous|lots of|a lot of|plenty of|loads of|tons of|a large group of|scores of", Senses.Count(12));
        b.Add(WordRole.Quantifier, "crowds of|a crowd of|throngs of|a throng of|a mass of|masses of|hordes of|a horde of|swarms of|a multitude of",
            Senses.Count(30));
        b.Add(WordRole.Quantifier, "dozens of|countless|hundreds of|thousands of|innumerable|endless|a sea of|an army of", Senses.Count(30));
        b.Add(WordRole.Quantifier, "a hundred", Senses.Count(100, exact: true));
        string[] numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
        for (int i = 5; i < numbers.Length; i++)
        {
            b.Add(WordRole.Quantifier, numbers[i], Senses.Count(i, exact: true));
        }
        b.Add(WordRole.Quantifier, "thirty", Senses.Count(30, exact: true));
        b.Add(WordRole.Quantifier, "forty", Senses.Count(40, exact: true));
        b.Add(WordRole.Quantifier, "fifty", Senses.Count(50, exact: true));
        b.Add(WordRole.Quantifier, "hundred", Senses.Count(100, exact: true));

        b.Add(WordRole.Negation, "no|not|without|none|nothing|never|nor|neither|free of|devoid of|lacking|lacks|lack of|absent|zero|no sign of|no signs of|no trace of|not a single|not one|without any|with no|none of", Senses.None);

        AddPrepositions(b);

        b.Add(WordRole.Conjunction, "and|or|with|plus|but|just|only|yet|except|instead|however|apart from|other than|as well as|along with|together with|full of|filled with|dotted with|covered in|covered with|covered by|scattered with|carpeted with|strewn with|having|has|have|featuring|including|containing|where|while|whose|then", Senses.None);

        b.Add(WordRole.Copula, "scattering|scatter|scatters|strewn|erupts|erupt|crashes|crash|swaying|sways|blowing|blows|rustling|drifts|is|are|was|were|be|been|being|am|stands|stand|standing|sits|sit|sitting|lies|lie|lying|rests|rest|resting|nestled|nestles|nestling|tucked|perched|located|situated|set|built|placed|found|seen|visible|rising|rises|looming|looms|stretching|stretches|spread|spreading|grows|growing|grazing|grazes|flowing|flows|running|runs|winding|winds|sprawling|hidden|hides|sheltered|scattered|dotting|parked|moored|docked|anchored|walking|walks|wandering|roaming|roam|roams|playing|sleeping|flying|flies|fly|swimming|swims|drifting|floating|leaning|waiting|watching|gathered|gathering|crossing over|leading|leads|stretched|dotted|peeking|hanging|plunging|cascading|tumbling|rushing|meandering|snaking|curving|reflecting|reflected|mirrored in|surrounding it|lit|lit by|illuminated|bathed in|framed|climbing|climbs|leaning against|shining|glowing|glows|shines|falling|covering|covers|stands alone|seen from|view from|viewed from", Senses.None);

        b.Add(WordRole.Function, "of|for|to|from|as|very|quite|really|so|just|also|too|all|there|here|which|who|what|whom|it's|there's|then|than|into the distance|in the distance|in the background|in the foreground|far away|distant|nearby|far|away|out|up|down|off|around here|some kind of|kind of|sort of|somewhere|background|foreground|distance|scene|view|views|landscape|landscapes|scenery|world|place|area|land|environment|setting|image|picture|photo|photograph|shot|panorama|vista|spot|region|terrain|sky|skies|horizon|air|atmosphere|ground|surroundings|countryside view|like|such|even|still life|amazing|please|show|showing|make|create|generate|render|give me|i want|with some|overall", Senses.None);
        // Words that stretch a negation's scope ("no buildings anywhere", "no trees at all") or describe how a kind is laid out
        // anyway ("crops in rows"): grammar, nothing to build.
        b.Add(WordRole.Function, "anywhere|at all|whatsoever|in sight|anywhere in sight|to be seen|of any kind|of any sort|in view|either|anywhere at all|in rows|in neat rows|in straight rows|in long rows|in neat lines|in lines",
            Senses.None);

        b.Add(WordRole.Pronoun, "it|them|they|its|one another", Senses.None);

        // Parts of a thing: their colour or material belongs to the owner ("a cabin with a red roof").
        b.Add(WordRole.Part, "roof|roofs|rooftop|rooftops|door|doors|front door|wall paint|window|windows|shutters|shutter|chimney|chimneys|facade|façade|trim|porch|sails|sail|tiles|shingles|awning|awnings|hull|paint|paintwork|fur|coat|feathers|wool|jacket|dress|coat of paint|siding|gate|gates|steeple|spire|stilts|stilt|foundations|porches|balcony|balconies|veranda|verandah|terrace|garden gate|weather vane|weathervane|lights|lit windows|glowing windows", Senses.None);

        // Parts of a place: "on the shore of a lake", "at the top of a hill". The part gives the relation, the place the anchor.
        b.Add(WordRole.Part, "edge of|the edge of|shore of|shores of|bank of|banks of|side of|end of|foot of|base of|outskirts of|rim of|mouth of|brink of|fringe of|fringes of|border of|entrance to|entrance of|corner of|water's edge", Senses.Relation(RelationKind.Near));
        b.Add(WordRole.Part, "top of|summit of|peak of|crest of|tip of|slope of|slopes of|side of the|face of|surface of", Senses.Relation(RelationKind.On));
        b.Add(WordRole.Part, "middle of|center of|centre of|heart of|depths of|midst of|interior of|core of", Senses.Relation(RelationKind.In));

        // Size and scale: bound to relief ("towering mountains") or water ("a vast lake").
        b.Adj("towering|steep|jagged|soaring|tall|high|huge|giant|gigantic|massive|enormous|vast|immense|majestic|rugged|craggy|sheer|lofty|great|big|large|colossal|imposing|dramatic peaks|sharp|snowcapped|snow-capped|snow capped", Senses.Scale(1.6f));
        b.Adj("gentle|low|small|soft|little|modest|tiny|smooth|mild|shallow|low-lying|undulating|tame", Senses.Scale(0.6f));

        // Density and strength: vegetation density when bound to plants, intensity when bound to weather.
        b.Adj("lush|verdant|overgrown|luxuriant|lush green|green and lush|leafy", Senses.Density(0.9f, 0.85f) with { DescribesLand = true, Concept = "lush" });
        b.Adj("deep", Senses.Density(0.9f, 0.85f) with { Scale = 1.6f }); // a deep forest, a deep gorge, deep water
        b.Adj("dense|thick|heavy|impenetrable|abundant|rich|torrential|pouring|driving|intense|strong|relentless|wild|untamed", Senses.Density(0.9f, 0.85f));
        b.Adj("sparse|thin|scattered|patchy|light|slight|faint|gentle rain|occasional|sparsely|scant|weak|soft rain|scrubby", Senses.Density(0.25f, 0.25f));
        b.Adj("moderate|normal|medium|average", Senses.Density(0.5f, 0.5f));
        b.Adj("ruined|crumbling|derelict|ruinous|collapsed|destroyed|burnt|burned|burnt-out|burned-out|dilapidated|decaying|broken-down|tumbledown|decrepit|half-collapsed|roofless",
            new Sense { Ruins = true });
        b.Adj("wooden|wood-built|timber-framed|timbered|plank", Senses.Material(MaterialKind.Wood));
        b.Adj("log-built", Senses.Material(MaterialKind.Log));
        b.Adj("stone-built|cobblestone|cobbled|granite|flagstone|fieldstone|sandstone|limestone|slate-roofed|drystone", Senses.Material(MaterialKind.Stone));
        b.Adj("brick|bricks|red-brick|brick-built", Senses.Material(MaterialKind.Brick));
        b.Adj("metal|iron|steel|tin|corrugated|rusted|rusty iron|aluminium|aluminum|chrome|copper-roofed|wrought-iron|wrought iron|cast-iron", Senses.Material(MaterialKind.Metal));
        b.Adj("glass|glass-walled|glazed|mirrored", Senses.Material(MaterialKind.Glass));
        b.Adj("thatched|thatch|thatch-roofed|straw-roofed", Senses.Material(MaterialKind.Thatch));
        b.Adj("concrete|cement|brutalist", Senses.Material(MaterialKind.Concrete));
        b.Adj("plaster|stucco|plastered|rendered|adobe|whitewashed|mud-brick|mudbrick", Senses.Material(MaterialKind.Plaster));
        b.Adj("marble|marbled", Senses.Material(MaterialKind.Marble));
        // Barren land has little growing; bare trees are dead ones (the tree word takes "bare" before the land does).
        b.Adj("barren|desolate|lifeless|stark|bare", Senses.Density(0.05f, 0.5f) with { DescribesLand = true, Concept = "barren", Withered = true });
        b.Adj("treeless", Senses.Density(0.05f, 0.5f) with { Excludes = Exclusions.Trees, Concept = "treeless" });
        // Old building styles: stone walls, and in a place, likely some ruins.
        b.Adj("medieval|mediaeval|old-world|romanesque", Senses.Material(MaterialKind.Stone) with { Concept = "medieval", Aged = true });
        b.Adj("ancient|age-old|prehistoric|antique|millennia-old", Senses.Material(MaterialKind.Stone) with { Concept = "ancient", Aged = true, Implies = [SemanticLabel.Ruins], ImpliedCount = 1 });
        b.Adj("on horseback|horseback|mounted|on horses|on a horse|riding a horse|riding horses|astride a horse", new Sense { Concept = "rider", Mounted = true });
    }

    private static void AddPrepositions(Builder b)
    {
        b.Add(WordRole.Preposition, "by|near|nearby|at the foot of|at the base of|at the bottom of|next to|close to|close by|by the side of|not far from|at|at the|neighbouring|neighboring|adjacent to|by way of|against|off|from|toward the|alongside of", Senses.Relation(RelationKind.Near));
        b.Add(WordRole.Preposition, "beside|besides|next door to|right next to|right by|flanking", Senses.Relation(RelationKind.Beside));
        b.Add(WordRole.Preposition, "on|onto|atop|on top of|upon|on the top of|on the side of|up on|high on|perched on|perched atop|crowning|topping|on the crest of", Senses.Relation(RelationKind.On));
        b.Add(WordRole.Preposition, "along|alongside|lining|all along|following|beside the length of|down along|up along", Senses.Relation(RelationKind.Along));
        b.Add(WordRole.Preposition, "over|above|spanning|crossing|arching over|high above|overhead", Senses.Relation(RelationKind.Over));
        b.Add(WordRole.Preposition, "in|inside|within|amid|amidst|among|amongst|into|throughout|deep in|deep within|in the middle of|in the heart of|in the midst of|at the heart of|at the center of|at the centre of|in the center of|in the centre of|during|through|across the middle of", Senses.Relation(RelationKind.In));
        b.Add(WordRole.Preposition, "behind|beyond|past|at the back of|in the back of|at the rear of", Senses.Relation(RelationKind.Behind));
        b.Add(WordRole.Preposition, "in front of|before|ahead of|at the front of|outside|outside of", Senses.Relation(RelationKind.InFrontOf));
        b.Add(WordRole.Preposition, "across|across from|opposite|on the other side of|on the far side of|facing across|over across", Senses.Relation(RelationKind.Across));
        b.Add(WordRole.Preposition, "around|round|surrounding|encircling|ringing|circling|enclosing|all around", Senses.Relation(RelationKind.Around));
        b.Add(WordRole.Preposition, "under|beneath|below|underneath|down below", Senses.Relation(RelationKind.Under));
        b.Add(WordRole.Preposition, "between|in between", Senses.Relation(RelationKind.Between));
        b.Add(WordRole.Preposition, "facing|overlooking|overlooks|overlook|toward|towards|looking over|looking out over|looking out to|looking at|with a view of|with views of|gazing at|watching over|facing toward|facing towards", Senses.Relation(RelationKind.Facing));
        b.Add(WordRole.Preposition, "surrounded by|encircled by|ringed by|framed by|enclosed by|hemmed in by|bordered by|fringed by|backed by|shaded by|sheltered by|flanked by", Senses.Relation(RelationKind.Around, reverse: true));
        b.Add(WordRole.Preposition, "lined with|lined by|edged with|edged by", Senses.Relation(RelationKind.Along, reverse: true));
    }
}
