// Generated from dev/kijun/grammar/Kijun.g4 by ANTLR 4.13.2
package dev.kijun.grammar;
import org.antlr.v4.runtime.tree.ParseTreeVisitor;

/**
 * This interface defines a complete generic visitor for a parse tree produced
 * by {@link KijunParser}.
 *
 * @param <T> The return type of the visit operation. Use {@link Void} for
 * operations with no return type.
 */
public interface KijunVisitor<T> extends ParseTreeVisitor<T> {
	/**
	 * Visit a parse tree produced by {@link KijunParser#file}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitFile(KijunParser.FileContext ctx);
	/**
	 * Visit a parse tree produced by the {@code SchemaHeader}
	 * labeled alternative in {@link KijunParser#header}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitSchemaHeader(KijunParser.SchemaHeaderContext ctx);
	/**
	 * Visit a parse tree produced by the {@code EditionHeader}
	 * labeled alternative in {@link KijunParser#header}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitEditionHeader(KijunParser.EditionHeaderContext ctx);
	/**
	 * Visit a parse tree produced by {@link KijunParser#declaration}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDeclaration(KijunParser.DeclarationContext ctx);
	/**
	 * Visit a parse tree produced by {@link KijunParser#recordDecl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitRecordDecl(KijunParser.RecordDeclContext ctx);
	/**
	 * Visit a parse tree produced by {@link KijunParser#fieldDecl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitFieldDecl(KijunParser.FieldDeclContext ctx);
	/**
	 * Visit a parse tree produced by the {@code OptionalType}
	 * labeled alternative in {@link KijunParser#type}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitOptionalType(KijunParser.OptionalTypeContext ctx);
	/**
	 * Visit a parse tree produced by the {@code NamedType}
	 * labeled alternative in {@link KijunParser#type}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitNamedType(KijunParser.NamedTypeContext ctx);
	/**
	 * Visit a parse tree produced by the {@code ListType}
	 * labeled alternative in {@link KijunParser#type}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitListType(KijunParser.ListTypeContext ctx);
	/**
	 * Visit a parse tree produced by {@link KijunParser#enumDecl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitEnumDecl(KijunParser.EnumDeclContext ctx);
	/**
	 * Visit a parse tree produced by {@link KijunParser#enumConstant}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitEnumConstant(KijunParser.EnumConstantContext ctx);
	/**
	 * Visit a parse tree produced by {@link KijunParser#constDecl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitConstDecl(KijunParser.ConstDeclContext ctx);
	/**
	 * Visit a parse tree produced by {@link KijunParser#rootDecl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitRootDecl(KijunParser.RootDeclContext ctx);
	/**
	 * Visit a parse tree produced by {@link KijunParser#documentDecl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDocumentDecl(KijunParser.DocumentDeclContext ctx);
	/**
	 * Visit a parse tree produced by the {@code DocTitle}
	 * labeled alternative in {@link KijunParser#documentItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDocTitle(KijunParser.DocTitleContext ctx);
	/**
	 * Visit a parse tree produced by the {@code DocPublisher}
	 * labeled alternative in {@link KijunParser#documentItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDocPublisher(KijunParser.DocPublisherContext ctx);
	/**
	 * Visit a parse tree produced by the {@code DocPublished}
	 * labeled alternative in {@link KijunParser#documentItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDocPublished(KijunParser.DocPublishedContext ctx);
	/**
	 * Visit a parse tree produced by the {@code DocSource}
	 * labeled alternative in {@link KijunParser#documentItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDocSource(KijunParser.DocSourceContext ctx);
	/**
	 * Visit a parse tree produced by the {@code DocEvidence}
	 * labeled alternative in {@link KijunParser#documentItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDocEvidence(KijunParser.DocEvidenceContext ctx);
	/**
	 * Visit a parse tree produced by the {@code DocStatus}
	 * labeled alternative in {@link KijunParser#documentItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDocStatus(KijunParser.DocStatusContext ctx);
	/**
	 * Visit a parse tree produced by {@link KijunParser#titles}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitTitles(KijunParser.TitlesContext ctx);
	/**
	 * Visit a parse tree produced by {@link KijunParser#statusClause}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitStatusClause(KijunParser.StatusClauseContext ctx);
	/**
	 * Visit a parse tree produced by {@link KijunParser#structureDecl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitStructureDecl(KijunParser.StructureDeclContext ctx);
	/**
	 * Visit a parse tree produced by the {@code StructureStatus}
	 * labeled alternative in {@link KijunParser#structureItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitStructureStatus(KijunParser.StructureStatusContext ctx);
	/**
	 * Visit a parse tree produced by the {@code StructureApplies}
	 * labeled alternative in {@link KijunParser#structureItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitStructureApplies(KijunParser.StructureAppliesContext ctx);
	/**
	 * Visit a parse tree produced by the {@code NestedStructure}
	 * labeled alternative in {@link KijunParser#structureItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitNestedStructure(KijunParser.NestedStructureContext ctx);
	/**
	 * Visit a parse tree produced by the {@code NestedRequirement}
	 * labeled alternative in {@link KijunParser#structureItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitNestedRequirement(KijunParser.NestedRequirementContext ctx);
	/**
	 * Visit a parse tree produced by {@link KijunParser#requirementDecl}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitRequirementDecl(KijunParser.RequirementDeclContext ctx);
	/**
	 * Visit a parse tree produced by the {@code ReqTitle}
	 * labeled alternative in {@link KijunParser#requirementItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitReqTitle(KijunParser.ReqTitleContext ctx);
	/**
	 * Visit a parse tree produced by the {@code ReqLevel}
	 * labeled alternative in {@link KijunParser#requirementItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitReqLevel(KijunParser.ReqLevelContext ctx);
	/**
	 * Visit a parse tree produced by the {@code ReqAudience}
	 * labeled alternative in {@link KijunParser#requirementItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitReqAudience(KijunParser.ReqAudienceContext ctx);
	/**
	 * Visit a parse tree produced by the {@code ReqTargets}
	 * labeled alternative in {@link KijunParser#requirementItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitReqTargets(KijunParser.ReqTargetsContext ctx);
	/**
	 * Visit a parse tree produced by the {@code ReqStatus}
	 * labeled alternative in {@link KijunParser#requirementItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitReqStatus(KijunParser.ReqStatusContext ctx);
	/**
	 * Visit a parse tree produced by the {@code ReqSource}
	 * labeled alternative in {@link KijunParser#requirementItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitReqSource(KijunParser.ReqSourceContext ctx);
	/**
	 * Visit a parse tree produced by the {@code ReqSummary}
	 * labeled alternative in {@link KijunParser#requirementItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitReqSummary(KijunParser.ReqSummaryContext ctx);
	/**
	 * Visit a parse tree produced by the {@code ReqCites}
	 * labeled alternative in {@link KijunParser#requirementItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitReqCites(KijunParser.ReqCitesContext ctx);
	/**
	 * Visit a parse tree produced by the {@code ReqApplies}
	 * labeled alternative in {@link KijunParser#requirementItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitReqApplies(KijunParser.ReqAppliesContext ctx);
	/**
	 * Visit a parse tree produced by the {@code ReqAutomatedCheck}
	 * labeled alternative in {@link KijunParser#requirementItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitReqAutomatedCheck(KijunParser.ReqAutomatedCheckContext ctx);
	/**
	 * Visit a parse tree produced by the {@code ReqQuestionCheck}
	 * labeled alternative in {@link KijunParser#requirementItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitReqQuestionCheck(KijunParser.ReqQuestionCheckContext ctx);
	/**
	 * Visit a parse tree produced by the {@code ReqReviewCheck}
	 * labeled alternative in {@link KijunParser#requirementItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitReqReviewCheck(KijunParser.ReqReviewCheckContext ctx);
	/**
	 * Visit a parse tree produced by the {@code ReqWaiver}
	 * labeled alternative in {@link KijunParser#requirementItem}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitReqWaiver(KijunParser.ReqWaiverContext ctx);
	/**
	 * Visit a parse tree produced by {@link KijunParser#word}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitWord(KijunParser.WordContext ctx);
	/**
	 * Visit a parse tree produced by {@link KijunParser#ident}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitIdent(KijunParser.IdentContext ctx);
	/**
	 * Visit a parse tree produced by the {@code Not}
	 * labeled alternative in {@link KijunParser#expr}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitNot(KijunParser.NotContext ctx);
	/**
	 * Visit a parse tree produced by the {@code Subset}
	 * labeled alternative in {@link KijunParser#expr}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitSubset(KijunParser.SubsetContext ctx);
	/**
	 * Visit a parse tree produced by the {@code Or}
	 * labeled alternative in {@link KijunParser#expr}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitOr(KijunParser.OrContext ctx);
	/**
	 * Visit a parse tree produced by the {@code Implies}
	 * labeled alternative in {@link KijunParser#expr}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitImplies(KijunParser.ImpliesContext ctx);
	/**
	 * Visit a parse tree produced by the {@code Comparison}
	 * labeled alternative in {@link KijunParser#expr}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitComparison(KijunParser.ComparisonContext ctx);
	/**
	 * Visit a parse tree produced by the {@code And}
	 * labeled alternative in {@link KijunParser#expr}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitAnd(KijunParser.AndContext ctx);
	/**
	 * Visit a parse tree produced by the {@code Value}
	 * labeled alternative in {@link KijunParser#expr}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitValue(KijunParser.ValueContext ctx);
	/**
	 * Visit a parse tree produced by the {@code Membership}
	 * labeled alternative in {@link KijunParser#expr}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitMembership(KijunParser.MembershipContext ctx);
	/**
	 * Visit a parse tree produced by the {@code Presence}
	 * labeled alternative in {@link KijunParser#expr}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitPresence(KijunParser.PresenceContext ctx);
	/**
	 * Visit a parse tree produced by the {@code Quantifier}
	 * labeled alternative in {@link KijunParser#expr}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitQuantifier(KijunParser.QuantifierContext ctx);
	/**
	 * Visit a parse tree produced by the {@code PrimaryValue}
	 * labeled alternative in {@link KijunParser#additive}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitPrimaryValue(KijunParser.PrimaryValueContext ctx);
	/**
	 * Visit a parse tree produced by the {@code DateShift}
	 * labeled alternative in {@link KijunParser#additive}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDateShift(KijunParser.DateShiftContext ctx);
	/**
	 * Visit a parse tree produced by the {@code DateLiteral}
	 * labeled alternative in {@link KijunParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDateLiteral(KijunParser.DateLiteralContext ctx);
	/**
	 * Visit a parse tree produced by the {@code AnswerOf}
	 * labeled alternative in {@link KijunParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitAnswerOf(KijunParser.AnswerOfContext ctx);
	/**
	 * Visit a parse tree produced by the {@code BooleanLiteral}
	 * labeled alternative in {@link KijunParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitBooleanLiteral(KijunParser.BooleanLiteralContext ctx);
	/**
	 * Visit a parse tree produced by the {@code Waived}
	 * labeled alternative in {@link KijunParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitWaived(KijunParser.WaivedContext ctx);
	/**
	 * Visit a parse tree produced by the {@code Count}
	 * labeled alternative in {@link KijunParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitCount(KijunParser.CountContext ctx);
	/**
	 * Visit a parse tree produced by the {@code Name}
	 * labeled alternative in {@link KijunParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitName(KijunParser.NameContext ctx);
	/**
	 * Visit a parse tree produced by the {@code ListLiteral}
	 * labeled alternative in {@link KijunParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitListLiteral(KijunParser.ListLiteralContext ctx);
	/**
	 * Visit a parse tree produced by the {@code StringLiteral}
	 * labeled alternative in {@link KijunParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitStringLiteral(KijunParser.StringLiteralContext ctx);
	/**
	 * Visit a parse tree produced by the {@code AsOf}
	 * labeled alternative in {@link KijunParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitAsOf(KijunParser.AsOfContext ctx);
	/**
	 * Visit a parse tree produced by the {@code Parenthesized}
	 * labeled alternative in {@link KijunParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitParenthesized(KijunParser.ParenthesizedContext ctx);
	/**
	 * Visit a parse tree produced by the {@code DecimalLiteral}
	 * labeled alternative in {@link KijunParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitDecimalLiteral(KijunParser.DecimalLiteralContext ctx);
	/**
	 * Visit a parse tree produced by the {@code Unique}
	 * labeled alternative in {@link KijunParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitUnique(KijunParser.UniqueContext ctx);
	/**
	 * Visit a parse tree produced by the {@code FieldAccess}
	 * labeled alternative in {@link KijunParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitFieldAccess(KijunParser.FieldAccessContext ctx);
	/**
	 * Visit a parse tree produced by the {@code IntegerLiteral}
	 * labeled alternative in {@link KijunParser#primary}.
	 * @param ctx the parse tree
	 * @return the visitor result
	 */
	T visitIntegerLiteral(KijunParser.IntegerLiteralContext ctx);
}