using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DebtHub.Infrastructure.Persistence;

/// <summary>
/// The naming and typing rules every table follows, applied once after the per-entity configurations: snake_case for
/// tables, columns, keys and indexes; enums stored as their names (readable in SQL, safe to reorder in C#).
/// </summary>
internal static class ModelConventions
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            var ownerPrefix = entity.IsOwned() && entity.FindOwnership() is { } ownership
                ? Snake(ownership.PrincipalToDependent!.Name) + "_"
                : string.Empty;

            foreach (var property in entity.GetProperties())
            {
                if (property.IsPrimaryKey() && entity.IsOwned())
                {
                    continue;
                }

                if (((IConventionProperty)property).GetColumnNameConfigurationSource() is null or ConfigurationSource.Convention)
                {
                    property.SetColumnName(ownerPrefix + Snake(property.Name));
                }

                var clrType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                if (clrType.IsEnum && property.GetValueConverter() is null)
                {
                    property.SetProviderClrType(typeof(string));
                    property.SetMaxLength(40);
                }
            }

            if (entity.IsOwned() || table is null)
            {
                continue;
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(key.IsPrimaryKey() ? $"pk_{table}" : $"ak_{table}_{Columns(key.Properties)}");
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName($"fk_{table}_{foreignKey.PrincipalEntityType.GetTableName()}_{Columns(foreignKey.Properties)}");
            }

            // An index named in its configuration keeps that name (the columns of a long one pass PostgreSQL's 63 characters).
            foreach (var index in entity.GetIndexes().Where(i => ((IConventionIndex)i).GetDatabaseNameConfigurationSource() is null or ConfigurationSource.Convention))
            {
                index.SetDatabaseName($"{(index.IsUnique ? "ux" : "ix")}_{table}_{Columns(index.Properties)}");
            }
        }
    }

    private static string Columns(IReadOnlyList<IReadOnlyProperty> properties) =>
        string.Join('_', properties.Select(p => p.GetColumnName()));

    public static string Snake(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLower = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (i > 0 && (previousIsLower || (nextIsLower && char.IsUpper(name[i - 1]))))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
