using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CleanPlatform.Infrastructure.Persistence.Numbers;

/// <summary>
/// On SQLite a decimal column holds its value times 10^scale (docs/adr/0005). EF would multiply or divide those
/// scaled integers and scale the other operand too, so 10.25 × 2 would come back as 205000: such a query is
/// refused when it is compiled, rather than answered wrongly. Comparing, ordering, grouping, summing, adding and
/// subtracting need no guard: scaling both sides keeps them exact.
/// </summary>
internal sealed class ScaledIntegerArithmeticGuard : IQueryExpressionInterceptor
{
    public static readonly ScaledIntegerArithmeticGuard Instance = new();

    private ScaledIntegerArithmeticGuard() { }

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData)
    {
        if (eventData.Context is { } context)
            new Visitor(ScaledMembers(context.Model)).Visit(queryExpression);
        return queryExpression;
    }

    private static HashSet<(Type, string)> ScaledMembers(IModel model) =>
    [
        .. model.GetEntityTypes().SelectMany(ScaledProperties)
            .Where(p => p.PropertyInfo is not null)
            .Select(p => (p.PropertyInfo!.DeclaringType!, p.Name)),
    ];

    private static IEnumerable<IProperty> ScaledProperties(ITypeBase type) =>
        type.GetDeclaredProperties().Where(p => p.GetValueConverter()?.ProviderClrType == typeof(long)
                && (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType) == typeof(decimal))
            .Concat(type.GetDeclaredComplexProperties().SelectMany(c => ScaledProperties(c.ComplexType)));

    private sealed class Visitor(HashSet<(Type, string)> scaledMembers) : ExpressionVisitor
    {
        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.NodeType is ExpressionType.Multiply or ExpressionType.MultiplyChecked or ExpressionType.Divide
                    or ExpressionType.Modulo
                && (ReadsScaledColumn(node.Left) || ReadsScaledColumn(node.Right)))
                throw new InvalidOperationException(
                    $"'{node}' multiplies or divides a decimal column, which SQLite stores as a scaled integer " +
                    "(docs/adr/0005): read the values and compute in C#, or compare with a value computed beforehand.");
            return base.VisitBinary(node);
        }

        private bool ReadsScaledColumn(Expression operand)
        {
            while (operand is UnaryExpression { NodeType: ExpressionType.Convert } convert)
                operand = convert.Operand;
            return operand is MemberExpression { Member: var member }
                && member.DeclaringType is { } declaringType
                && scaledMembers.Contains((declaringType, member.Name));
        }
    }
}
