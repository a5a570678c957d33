namespace DebtHub.GraphQL.Validation;

/// <summary>graphql-js's suggestionList and didYouMean: typo suggestions ordered by lexical distance, at most five.</summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>Options within 40% edit distance of the input, closest first, ties in natural order.</summary>
    public static List<string> List(string input, IEnumerable<string> options)
    {
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var measure = new LexicalDistance(input);
        foreach (var option in options)
        {
            var distance = measure.Measure(option, threshold);
            if (distance >= 0)
            {
                distances[option] = distance;
            }
        }

        var result = new List<string>(distances.Keys);
        result.Sort((a, b) =>
        {
            var diff = distances[a] - distances[b];
            return diff != 0 ? diff : NaturalCompare(a, b);
        });
        return result;
    }

    /// <summary>" Did you mean "a", "b", or "c"?" (empty when there is nothing to suggest).</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions) => DidYouMean(null, suggestions);

    public static string DidYouMean(string? subMessage, IReadOnlyList<string> suggestions)
    {
        var message = " Did you mean " + (subMessage is null ? string.Empty : subMessage + " ");
        switch (suggestions.Count)
        {
            case 0:
                return string.Empty;
            case 1:
                return message + Quote(suggestions[0]) + "?";
            case 2:
                return message + Quote(suggestions[0]) + " or " + Quote(suggestions[1]) + "?";
        }

        var selected = new List<string>();
        for (var i = 0; i < suggestions.Count && i < MaxSuggestions; i++)
        {
            selected.Add(Quote(suggestions[i]));
        }

        var last = selected[^1];
        selected.RemoveAt(selected.Count - 1);
        return message + string.Join(", ", selected) + ", or " + last + "?";
    }

    /// <summary>graphql-js's naturalCompare: digit runs compare as numbers.</summary>
    public static int NaturalCompare(string a, string b)
    {
        var aIndex = 0;
        var bIndex = 0;
        while (aIndex < a.Length && bIndex < b.Length)
        {
            var aChar = a[aIndex];
            var bChar = b[bIndex];
            if (char.IsAsciiDigit(aChar) && char.IsAsciiDigit(bChar))
            {
                long aNum = 0;
                do
                {
                    ++aIndex;
                    aNum = (aNum * 10) + aChar - '0';
                    aChar = aIndex < a.Length ? a[aIndex] : '\0';
                }
                while (char.IsAsciiDigit(aChar) && aNum > 0);

                long bNum = 0;
                do
                {
                    ++bIndex;
                    bNum = (bNum * 10) + bChar - '0';
                    bChar = bIndex < b.Length ? b[bIndex] : '\0';
                }
                while (char.IsAsciiDigit(bChar) && bNum > 0);

                if (aNum != bNum)
                {
                    return aNum < bNum ? -1 : 1;
                }
            }
            else
            {
                if (aChar != bChar)
                {
                    return aChar < bChar ? -1 : 1;
                }

                ++aIndex;
                ++bIndex;
            }
        }

        return a.Length - b.Length;
    }

    private static string Quote(string value) => "\"" + value + "\"";

    /// <summary>Damerau-Levenshtein distance where a change of case alone counts as one edit.</summary>
    private sealed class LexicalDistance(string input)
    {
        private readonly string _inputLower = input.ToLowerInvariant();
        private readonly int[][] _rows = [new int[input.Length + 1], new int[input.Length + 1], new int[input.Length + 1]];

        public int Measure(string option, int threshold)
        {
            if (input == option)
            {
                return 0;
            }

            var optionLower = option.ToLowerInvariant();
            if (_inputLower == optionLower)
            {
                return 1;
            }

            var a = optionLower;
            var b = _inputLower;
            if (a.Length < b.Length)
            {
                (a, b) = (b, a);
            }

            if (a.Length - b.Length > threshold)
            {
                return -1;
            }

            var rows = _rows.Length > 0 && _rows[0].Length >= b.Length + 1 ? _rows : [new int[b.Length + 1], new int[b.Length + 1], new int[b.Length + 1]];
            for (var j = 0; j <= b.Length; j++)
            {
                rows[0][j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                var upRow = rows[(i - 1) % 3];
                var currentRow = rows[i % 3];
                var smallestCell = currentRow[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        currentCell = Math.Min(currentCell, rows[(i - 2) % 3][j - 2] + 1);
                    }

                    if (currentCell < smallestCell)
                    {
                        smallestCell = currentCell;
                    }

                    currentRow[j] = currentCell;
                }

                if (smallestCell > threshold)
                {
                    return -1;
                }
            }

            var distance = rows[a.Length % 3][b.Length];
            return distance <= threshold ? distance : -1;
        }
    }
}
