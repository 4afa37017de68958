using System.Linq.Expressions;

namespace CleanPlatform.Infrastructure.Persistence.Numbers;

internal static class MoneyMapping
{
    /// <summary>
    /// Maps <paramref name="money"/> as a complex property: two columns in the entity's table, named after the
    /// property (<c>Stake</c> → <c>StakeAmount</c> decimal(18,4), <c>StakeCurrency</c> char(3)).
    /// </summary>
    public static EntityTypeBuilder<T> HasMoney<T>(this EntityTypeBuilder<T> b, Expression<Func<T, Money?>> money)
        where T : class
    {
        var name = money.Body is MemberExpression member
            ? member.Member.Name
            : throw new ArgumentException($"Expected a property access such as x => x.Stake, got {money}.", nameof(money));
        b.ComplexProperty(money, m =>
        {
            m.IsRequired();
            m.Property(x => x.Amount).HasColumnName($"{name}Amount")
                .HasPrecision(NumberColumns.MoneyPrecision, NumberColumns.MoneyScale);
            m.Property(x => x.Currency).HasColumnName($"{name}Currency")
                .HasMaxLength(Currencies.CodeLength).IsFixedLength().IsUnicode(false);
        });
        return b;
    }
}
