using DebtHub.GraphQL.Language.Ast;

namespace DebtHub.GraphQL.Validation;

/// <summary>
/// One validation rule. The validator walks the document once and calls every rule that registered interest in a
/// node's kind; <see cref="Enter"/> returning false skips that node's subtree for this rule only (graphql-js's
/// visitInParallel semantics).
/// </summary>
internal abstract class ValidationRule
{
    /// <summary>Kinds whose nodes this rule wants in <see cref="Enter"/>.</summary>
    public abstract IReadOnlyList<SyntaxKind> EnterKinds { get; }

    /// <summary>Kinds whose nodes this rule wants in <see cref="Leave"/>.</summary>
    public virtual IReadOnlyList<SyntaxKind> LeaveKinds => [];

    public virtual bool Enter(SyntaxNode node, ValidationContext context) => true;

    public virtual void Leave(SyntaxNode node, ValidationContext context)
    {
    }
}
