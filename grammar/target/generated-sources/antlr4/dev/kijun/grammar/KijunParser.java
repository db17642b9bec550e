// Generated from dev/kijun/grammar/Kijun.g4 by ANTLR 4.13.2
package dev.kijun.grammar;
import org.antlr.v4.runtime.atn.*;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.*;
import org.antlr.v4.runtime.misc.*;
import org.antlr.v4.runtime.tree.*;
import java.util.List;
import java.util.Iterator;
import java.util.ArrayList;

@SuppressWarnings({"all", "warnings", "unchecked", "unused", "cast", "CheckReturnValue", "this-escape"})
public class KijunParser extends Parser {
	static { RuntimeMetaData.checkVersion("4.13.2", RuntimeMetaData.VERSION); }

	protected static final DFA[] _decisionToDFA;
	protected static final PredictionContextCache _sharedContextCache =
		new PredictionContextCache();
	public static final int
		SCHEMA=1, EDITION=2, DOCUMENT=3, RECORD=4, ENUM=5, ORDERED=6, CONST=7, 
		ROOT=8, LIST=9, TITLE=10, PUBLISHER=11, PUBLISHED=12, SOURCE=13, EVIDENCE=14, 
		STATUS=15, VOLUME=16, CHAPTER=17, SECTION=18, REQUIREMENT=19, LEVEL=20, 
		AUDIENCE=21, TARGETS=22, PAGE=23, NOTE=24, SUMMARY=25, CITES=26, APPLIES=27, 
		WHEN=28, CHECK=29, AUTOMATED=30, QUESTION=31, REVIEW=32, ASK=33, WAIVER=34, 
		FORALL=35, EXISTS=36, IN=37, WHERE=38, IMPLIES=39, OR=40, AND=41, NOT=42, 
		SUBSET=43, OF=44, IS=45, PRESENT=46, ABSENT=47, COUNT=48, UNIQUE=49, WAIVED=50, 
		FOR=51, ANSWER=52, ASOF=53, DAYS=54, WEEKS=55, MONTHS=56, YEARS=57, TRUE=58, 
		FALSE=59, LBRACE=60, RBRACE=61, LPAREN=62, RPAREN=63, LBRACK=64, RBRACK=65, 
		COLON=66, SEMI=67, COMMA=68, DOT=69, QMARK=70, EQ=71, NE=72, LE=73, GE=74, 
		LT=75, GT=76, ASSIGN=77, PLUS=78, MINUS=79, DATE=80, DECIMAL=81, INTEGER=82, 
		IDENT=83, STRING=84, DOC_COMMENT=85, BLOCK_COMMENT=86, LINE_COMMENT=87, 
		WS=88, UNEXPECTED=89;
	public static final int
		RULE_file = 0, RULE_header = 1, RULE_declaration = 2, RULE_recordDecl = 3, 
		RULE_fieldDecl = 4, RULE_type = 5, RULE_enumDecl = 6, RULE_enumConstant = 7, 
		RULE_constDecl = 8, RULE_rootDecl = 9, RULE_documentDecl = 10, RULE_documentItem = 11, 
		RULE_titles = 12, RULE_statusClause = 13, RULE_structureDecl = 14, RULE_structureItem = 15, 
		RULE_requirementDecl = 16, RULE_requirementItem = 17, RULE_word = 18, 
		RULE_ident = 19, RULE_expr = 20, RULE_additive = 21, RULE_primary = 22;
	private static String[] makeRuleNames() {
		return new String[] {
			"file", "header", "declaration", "recordDecl", "fieldDecl", "type", "enumDecl", 
			"enumConstant", "constDecl", "rootDecl", "documentDecl", "documentItem", 
			"titles", "statusClause", "structureDecl", "structureItem", "requirementDecl", 
			"requirementItem", "word", "ident", "expr", "additive", "primary"
		};
	}
	public static final String[] ruleNames = makeRuleNames();

	private static String[] makeLiteralNames() {
		return new String[] {
			null, "'schema'", "'edition'", "'document'", "'record'", "'enum'", "'ordered'", 
			"'const'", "'root'", "'list'", "'title'", "'publisher'", "'published'", 
			"'source'", "'evidence'", "'status'", "'volume'", "'chapter'", "'section'", 
			"'requirement'", "'level'", "'audience'", "'targets'", "'page'", "'note'", 
			"'summary'", "'cites'", "'applies'", "'when'", "'check'", "'automated'", 
			"'question'", "'review'", "'ask'", "'waiver'", "'forall'", "'exists'", 
			"'in'", "'where'", "'implies'", "'or'", "'and'", "'not'", "'subset'", 
			"'of'", "'is'", "'present'", "'absent'", "'count'", "'unique'", "'waived'", 
			"'for'", "'answer'", "'asOf'", null, null, null, null, "'true'", "'false'", 
			"'{'", "'}'", "'('", "')'", "'['", "']'", "':'", "';'", "','", "'.'", 
			"'?'", "'=='", "'!='", "'<='", "'>='", "'<'", "'>'", "'='", "'+'", "'-'"
		};
	}
	private static final String[] _LITERAL_NAMES = makeLiteralNames();
	private static String[] makeSymbolicNames() {
		return new String[] {
			null, "SCHEMA", "EDITION", "DOCUMENT", "RECORD", "ENUM", "ORDERED", "CONST", 
			"ROOT", "LIST", "TITLE", "PUBLISHER", "PUBLISHED", "SOURCE", "EVIDENCE", 
			"STATUS", "VOLUME", "CHAPTER", "SECTION", "REQUIREMENT", "LEVEL", "AUDIENCE", 
			"TARGETS", "PAGE", "NOTE", "SUMMARY", "CITES", "APPLIES", "WHEN", "CHECK", 
			"AUTOMATED", "QUESTION", "REVIEW", "ASK", "WAIVER", "FORALL", "EXISTS", 
			"IN", "WHERE", "IMPLIES", "OR", "AND", "NOT", "SUBSET", "OF", "IS", "PRESENT", 
			"ABSENT", "COUNT", "UNIQUE", "WAIVED", "FOR", "ANSWER", "ASOF", "DAYS", 
			"WEEKS", "MONTHS", "YEARS", "TRUE", "FALSE", "LBRACE", "RBRACE", "LPAREN", 
			"RPAREN", "LBRACK", "RBRACK", "COLON", "SEMI", "COMMA", "DOT", "QMARK", 
			"EQ", "NE", "LE", "GE", "LT", "GT", "ASSIGN", "PLUS", "MINUS", "DATE", 
			"DECIMAL", "INTEGER", "IDENT", "STRING", "DOC_COMMENT", "BLOCK_COMMENT", 
			"LINE_COMMENT", "WS", "UNEXPECTED"
		};
	}
	private static final String[] _SYMBOLIC_NAMES = makeSymbolicNames();
	public static final Vocabulary VOCABULARY = new VocabularyImpl(_LITERAL_NAMES, _SYMBOLIC_NAMES);

	/**
	 * @deprecated Use {@link #VOCABULARY} instead.
	 */
	@Deprecated
	public static final String[] tokenNames;
	static {
		tokenNames = new String[_SYMBOLIC_NAMES.length];
		for (int i = 0; i < tokenNames.length; i++) {
			tokenNames[i] = VOCABULARY.getLiteralName(i);
			if (tokenNames[i] == null) {
				tokenNames[i] = VOCABULARY.getSymbolicName(i);
			}

			if (tokenNames[i] == null) {
				tokenNames[i] = "<INVALID>";
			}
		}
	}

	@Override
	@Deprecated
	public String[] getTokenNames() {
		return tokenNames;
	}

	@Override

	public Vocabulary getVocabulary() {
		return VOCABULARY;
	}

	@Override
	public String getGrammarFileName() { return "Kijun.g4"; }

	@Override
	public String[] getRuleNames() { return ruleNames; }

	@Override
	public String getSerializedATN() { return _serializedATN; }

	@Override
	public ATN getATN() { return _ATN; }

	public KijunParser(TokenStream input) {
		super(input);
		_interp = new ParserATNSimulator(this,_ATN,_decisionToDFA,_sharedContextCache);
	}

	@SuppressWarnings("CheckReturnValue")
	public static class FileContext extends ParserRuleContext {
		public HeaderContext header() {
			return getRuleContext(HeaderContext.class,0);
		}
		public TerminalNode EOF() { return getToken(KijunParser.EOF, 0); }
		public List<DeclarationContext> declaration() {
			return getRuleContexts(DeclarationContext.class);
		}
		public DeclarationContext declaration(int i) {
			return getRuleContext(DeclarationContext.class,i);
		}
		public FileContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_file; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitFile(this);
			else return visitor.visitChildren(this);
		}
	}

	public final FileContext file() throws RecognitionException {
		FileContext _localctx = new FileContext(_ctx, getState());
		enterRule(_localctx, 0, RULE_file);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(46);
			header();
			setState(50);
			_errHandler.sync(this);
			_la = _input.LA(1);
			while ((((_la) & ~0x3f) == 0 && ((1L << _la) & 983544L) != 0)) {
				{
				{
				setState(47);
				declaration();
				}
				}
				setState(52);
				_errHandler.sync(this);
				_la = _input.LA(1);
			}
			setState(53);
			match(EOF);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class HeaderContext extends ParserRuleContext {
		public HeaderContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_header; }
	 
		public HeaderContext() { }
		public void copyFrom(HeaderContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class SchemaHeaderContext extends HeaderContext {
		public Token name;
		public TerminalNode SCHEMA() { return getToken(KijunParser.SCHEMA, 0); }
		public TerminalNode STRING() { return getToken(KijunParser.STRING, 0); }
		public TerminalNode SEMI() { return getToken(KijunParser.SEMI, 0); }
		public SchemaHeaderContext(HeaderContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitSchemaHeader(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class EditionHeaderContext extends HeaderContext {
		public Token name;
		public TerminalNode EDITION() { return getToken(KijunParser.EDITION, 0); }
		public TerminalNode STRING() { return getToken(KijunParser.STRING, 0); }
		public TerminalNode SEMI() { return getToken(KijunParser.SEMI, 0); }
		public EditionHeaderContext(HeaderContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitEditionHeader(this);
			else return visitor.visitChildren(this);
		}
	}

	public final HeaderContext header() throws RecognitionException {
		HeaderContext _localctx = new HeaderContext(_ctx, getState());
		enterRule(_localctx, 2, RULE_header);
		int _la;
		try {
			setState(65);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case SCHEMA:
				_localctx = new SchemaHeaderContext(_localctx);
				enterOuterAlt(_localctx, 1);
				{
				setState(55);
				match(SCHEMA);
				setState(56);
				((SchemaHeaderContext)_localctx).name = match(STRING);
				setState(58);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==SEMI) {
					{
					setState(57);
					match(SEMI);
					}
				}

				}
				break;
			case EDITION:
				_localctx = new EditionHeaderContext(_localctx);
				enterOuterAlt(_localctx, 2);
				{
				setState(60);
				match(EDITION);
				setState(61);
				((EditionHeaderContext)_localctx).name = match(STRING);
				setState(63);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==SEMI) {
					{
					setState(62);
					match(SEMI);
					}
				}

				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class DeclarationContext extends ParserRuleContext {
		public DocumentDeclContext documentDecl() {
			return getRuleContext(DocumentDeclContext.class,0);
		}
		public RecordDeclContext recordDecl() {
			return getRuleContext(RecordDeclContext.class,0);
		}
		public EnumDeclContext enumDecl() {
			return getRuleContext(EnumDeclContext.class,0);
		}
		public ConstDeclContext constDecl() {
			return getRuleContext(ConstDeclContext.class,0);
		}
		public RootDeclContext rootDecl() {
			return getRuleContext(RootDeclContext.class,0);
		}
		public StructureDeclContext structureDecl() {
			return getRuleContext(StructureDeclContext.class,0);
		}
		public RequirementDeclContext requirementDecl() {
			return getRuleContext(RequirementDeclContext.class,0);
		}
		public DeclarationContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_declaration; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitDeclaration(this);
			else return visitor.visitChildren(this);
		}
	}

	public final DeclarationContext declaration() throws RecognitionException {
		DeclarationContext _localctx = new DeclarationContext(_ctx, getState());
		enterRule(_localctx, 4, RULE_declaration);
		try {
			setState(74);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case DOCUMENT:
				enterOuterAlt(_localctx, 1);
				{
				setState(67);
				documentDecl();
				}
				break;
			case RECORD:
				enterOuterAlt(_localctx, 2);
				{
				setState(68);
				recordDecl();
				}
				break;
			case ENUM:
			case ORDERED:
				enterOuterAlt(_localctx, 3);
				{
				setState(69);
				enumDecl();
				}
				break;
			case CONST:
				enterOuterAlt(_localctx, 4);
				{
				setState(70);
				constDecl();
				}
				break;
			case ROOT:
				enterOuterAlt(_localctx, 5);
				{
				setState(71);
				rootDecl();
				}
				break;
			case VOLUME:
			case CHAPTER:
			case SECTION:
				enterOuterAlt(_localctx, 6);
				{
				setState(72);
				structureDecl();
				}
				break;
			case REQUIREMENT:
				enterOuterAlt(_localctx, 7);
				{
				setState(73);
				requirementDecl();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class RecordDeclContext extends ParserRuleContext {
		public IdentContext name;
		public TerminalNode RECORD() { return getToken(KijunParser.RECORD, 0); }
		public TerminalNode LBRACE() { return getToken(KijunParser.LBRACE, 0); }
		public TerminalNode RBRACE() { return getToken(KijunParser.RBRACE, 0); }
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public List<FieldDeclContext> fieldDecl() {
			return getRuleContexts(FieldDeclContext.class);
		}
		public FieldDeclContext fieldDecl(int i) {
			return getRuleContext(FieldDeclContext.class,i);
		}
		public RecordDeclContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_recordDecl; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitRecordDecl(this);
			else return visitor.visitChildren(this);
		}
	}

	public final RecordDeclContext recordDecl() throws RecognitionException {
		RecordDeclContext _localctx = new RecordDeclContext(_ctx, getState());
		enterRule(_localctx, 6, RULE_recordDecl);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(76);
			match(RECORD);
			setState(77);
			((RecordDeclContext)_localctx).name = ident();
			setState(78);
			match(LBRACE);
			setState(82);
			_errHandler.sync(this);
			_la = _input.LA(1);
			while ((((_la) & ~0x3f) == 0 && ((1L << _la) & 34359213918L) != 0) || _la==IDENT) {
				{
				{
				setState(79);
				fieldDecl();
				}
				}
				setState(84);
				_errHandler.sync(this);
				_la = _input.LA(1);
			}
			setState(85);
			match(RBRACE);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class FieldDeclContext extends ParserRuleContext {
		public IdentContext name;
		public TerminalNode COLON() { return getToken(KijunParser.COLON, 0); }
		public TypeContext type() {
			return getRuleContext(TypeContext.class,0);
		}
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public TerminalNode COMMA() { return getToken(KijunParser.COMMA, 0); }
		public FieldDeclContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_fieldDecl; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitFieldDecl(this);
			else return visitor.visitChildren(this);
		}
	}

	public final FieldDeclContext fieldDecl() throws RecognitionException {
		FieldDeclContext _localctx = new FieldDeclContext(_ctx, getState());
		enterRule(_localctx, 8, RULE_fieldDecl);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(87);
			((FieldDeclContext)_localctx).name = ident();
			setState(88);
			match(COLON);
			setState(89);
			type(0);
			setState(91);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==COMMA) {
				{
				setState(90);
				match(COMMA);
				}
			}

			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class TypeContext extends ParserRuleContext {
		public TypeContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_type; }
	 
		public TypeContext() { }
		public void copyFrom(TypeContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class OptionalTypeContext extends TypeContext {
		public TypeContext inner;
		public TerminalNode QMARK() { return getToken(KijunParser.QMARK, 0); }
		public TypeContext type() {
			return getRuleContext(TypeContext.class,0);
		}
		public OptionalTypeContext(TypeContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitOptionalType(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class NamedTypeContext extends TypeContext {
		public IdentContext name;
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public NamedTypeContext(TypeContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitNamedType(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ListTypeContext extends TypeContext {
		public TypeContext element;
		public TerminalNode LIST() { return getToken(KijunParser.LIST, 0); }
		public TerminalNode LT() { return getToken(KijunParser.LT, 0); }
		public TerminalNode GT() { return getToken(KijunParser.GT, 0); }
		public TypeContext type() {
			return getRuleContext(TypeContext.class,0);
		}
		public ListTypeContext(TypeContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitListType(this);
			else return visitor.visitChildren(this);
		}
	}

	public final TypeContext type() throws RecognitionException {
		return type(0);
	}

	private TypeContext type(int _p) throws RecognitionException {
		ParserRuleContext _parentctx = _ctx;
		int _parentState = getState();
		TypeContext _localctx = new TypeContext(_ctx, _parentState);
		TypeContext _prevctx = _localctx;
		int _startState = 10;
		enterRecursionRule(_localctx, 10, RULE_type, _p);
		try {
			int _alt;
			enterOuterAlt(_localctx, 1);
			{
			setState(100);
			_errHandler.sync(this);
			switch ( getInterpreter().adaptivePredict(_input,7,_ctx) ) {
			case 1:
				{
				_localctx = new ListTypeContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;

				setState(94);
				match(LIST);
				setState(95);
				match(LT);
				setState(96);
				((ListTypeContext)_localctx).element = type(0);
				setState(97);
				match(GT);
				}
				break;
			case 2:
				{
				_localctx = new NamedTypeContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;
				setState(99);
				((NamedTypeContext)_localctx).name = ident();
				}
				break;
			}
			_ctx.stop = _input.LT(-1);
			setState(106);
			_errHandler.sync(this);
			_alt = getInterpreter().adaptivePredict(_input,8,_ctx);
			while ( _alt!=2 && _alt!=org.antlr.v4.runtime.atn.ATN.INVALID_ALT_NUMBER ) {
				if ( _alt==1 ) {
					if ( _parseListeners!=null ) triggerExitRuleEvent();
					_prevctx = _localctx;
					{
					{
					_localctx = new OptionalTypeContext(new TypeContext(_parentctx, _parentState));
					((OptionalTypeContext)_localctx).inner = _prevctx;
					pushNewRecursionContext(_localctx, _startState, RULE_type);
					setState(102);
					if (!(precpred(_ctx, 1))) throw new FailedPredicateException(this, "precpred(_ctx, 1)");
					setState(103);
					match(QMARK);
					}
					} 
				}
				setState(108);
				_errHandler.sync(this);
				_alt = getInterpreter().adaptivePredict(_input,8,_ctx);
			}
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			unrollRecursionContexts(_parentctx);
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class EnumDeclContext extends ParserRuleContext {
		public IdentContext name;
		public TerminalNode ENUM() { return getToken(KijunParser.ENUM, 0); }
		public TerminalNode LBRACE() { return getToken(KijunParser.LBRACE, 0); }
		public List<EnumConstantContext> enumConstant() {
			return getRuleContexts(EnumConstantContext.class);
		}
		public EnumConstantContext enumConstant(int i) {
			return getRuleContext(EnumConstantContext.class,i);
		}
		public TerminalNode RBRACE() { return getToken(KijunParser.RBRACE, 0); }
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public TerminalNode ORDERED() { return getToken(KijunParser.ORDERED, 0); }
		public List<TerminalNode> COMMA() { return getTokens(KijunParser.COMMA); }
		public TerminalNode COMMA(int i) {
			return getToken(KijunParser.COMMA, i);
		}
		public EnumDeclContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_enumDecl; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitEnumDecl(this);
			else return visitor.visitChildren(this);
		}
	}

	public final EnumDeclContext enumDecl() throws RecognitionException {
		EnumDeclContext _localctx = new EnumDeclContext(_ctx, getState());
		enterRule(_localctx, 12, RULE_enumDecl);
		int _la;
		try {
			int _alt;
			enterOuterAlt(_localctx, 1);
			{
			setState(110);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==ORDERED) {
				{
				setState(109);
				match(ORDERED);
				}
			}

			setState(112);
			match(ENUM);
			setState(113);
			((EnumDeclContext)_localctx).name = ident();
			setState(114);
			match(LBRACE);
			setState(115);
			enumConstant();
			setState(120);
			_errHandler.sync(this);
			_alt = getInterpreter().adaptivePredict(_input,10,_ctx);
			while ( _alt!=2 && _alt!=org.antlr.v4.runtime.atn.ATN.INVALID_ALT_NUMBER ) {
				if ( _alt==1 ) {
					{
					{
					setState(116);
					match(COMMA);
					setState(117);
					enumConstant();
					}
					} 
				}
				setState(122);
				_errHandler.sync(this);
				_alt = getInterpreter().adaptivePredict(_input,10,_ctx);
			}
			setState(124);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==COMMA) {
				{
				setState(123);
				match(COMMA);
				}
			}

			setState(126);
			match(RBRACE);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class EnumConstantContext extends ParserRuleContext {
		public IdentContext name;
		public Token json;
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public TerminalNode STRING() { return getToken(KijunParser.STRING, 0); }
		public EnumConstantContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_enumConstant; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitEnumConstant(this);
			else return visitor.visitChildren(this);
		}
	}

	public final EnumConstantContext enumConstant() throws RecognitionException {
		EnumConstantContext _localctx = new EnumConstantContext(_ctx, getState());
		enterRule(_localctx, 14, RULE_enumConstant);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(128);
			((EnumConstantContext)_localctx).name = ident();
			setState(130);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==STRING) {
				{
				setState(129);
				((EnumConstantContext)_localctx).json = match(STRING);
				}
			}

			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class ConstDeclContext extends ParserRuleContext {
		public IdentContext name;
		public ExprContext value;
		public TerminalNode CONST() { return getToken(KijunParser.CONST, 0); }
		public TerminalNode COLON() { return getToken(KijunParser.COLON, 0); }
		public TypeContext type() {
			return getRuleContext(TypeContext.class,0);
		}
		public TerminalNode ASSIGN() { return getToken(KijunParser.ASSIGN, 0); }
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public ExprContext expr() {
			return getRuleContext(ExprContext.class,0);
		}
		public ConstDeclContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_constDecl; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitConstDecl(this);
			else return visitor.visitChildren(this);
		}
	}

	public final ConstDeclContext constDecl() throws RecognitionException {
		ConstDeclContext _localctx = new ConstDeclContext(_ctx, getState());
		enterRule(_localctx, 16, RULE_constDecl);
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(132);
			match(CONST);
			setState(133);
			((ConstDeclContext)_localctx).name = ident();
			setState(134);
			match(COLON);
			setState(135);
			type(0);
			setState(136);
			match(ASSIGN);
			setState(137);
			((ConstDeclContext)_localctx).value = expr(0);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class RootDeclContext extends ParserRuleContext {
		public IdentContext name;
		public TerminalNode ROOT() { return getToken(KijunParser.ROOT, 0); }
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public RootDeclContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_rootDecl; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitRootDecl(this);
			else return visitor.visitChildren(this);
		}
	}

	public final RootDeclContext rootDecl() throws RecognitionException {
		RootDeclContext _localctx = new RootDeclContext(_ctx, getState());
		enterRule(_localctx, 18, RULE_rootDecl);
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(139);
			match(ROOT);
			setState(140);
			((RootDeclContext)_localctx).name = ident();
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class DocumentDeclContext extends ParserRuleContext {
		public TerminalNode DOCUMENT() { return getToken(KijunParser.DOCUMENT, 0); }
		public TerminalNode LBRACE() { return getToken(KijunParser.LBRACE, 0); }
		public TerminalNode RBRACE() { return getToken(KijunParser.RBRACE, 0); }
		public List<DocumentItemContext> documentItem() {
			return getRuleContexts(DocumentItemContext.class);
		}
		public DocumentItemContext documentItem(int i) {
			return getRuleContext(DocumentItemContext.class,i);
		}
		public DocumentDeclContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_documentDecl; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitDocumentDecl(this);
			else return visitor.visitChildren(this);
		}
	}

	public final DocumentDeclContext documentDecl() throws RecognitionException {
		DocumentDeclContext _localctx = new DocumentDeclContext(_ctx, getState());
		enterRule(_localctx, 20, RULE_documentDecl);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(142);
			match(DOCUMENT);
			setState(143);
			match(LBRACE);
			setState(147);
			_errHandler.sync(this);
			_la = _input.LA(1);
			while ((((_la) & ~0x3f) == 0 && ((1L << _la) & 64512L) != 0)) {
				{
				{
				setState(144);
				documentItem();
				}
				}
				setState(149);
				_errHandler.sync(this);
				_la = _input.LA(1);
			}
			setState(150);
			match(RBRACE);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class DocumentItemContext extends ParserRuleContext {
		public DocumentItemContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_documentItem; }
	 
		public DocumentItemContext() { }
		public void copyFrom(DocumentItemContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class DocPublishedContext extends DocumentItemContext {
		public Token date;
		public TerminalNode PUBLISHED() { return getToken(KijunParser.PUBLISHED, 0); }
		public TerminalNode DATE() { return getToken(KijunParser.DATE, 0); }
		public DocPublishedContext(DocumentItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitDocPublished(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class DocStatusContext extends DocumentItemContext {
		public StatusClauseContext statusClause() {
			return getRuleContext(StatusClauseContext.class,0);
		}
		public DocStatusContext(DocumentItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitDocStatus(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class DocPublisherContext extends DocumentItemContext {
		public Token value;
		public TerminalNode PUBLISHER() { return getToken(KijunParser.PUBLISHER, 0); }
		public TerminalNode STRING() { return getToken(KijunParser.STRING, 0); }
		public DocPublisherContext(DocumentItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitDocPublisher(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class DocEvidenceContext extends DocumentItemContext {
		public Token schema;
		public TerminalNode EVIDENCE() { return getToken(KijunParser.EVIDENCE, 0); }
		public TerminalNode STRING() { return getToken(KijunParser.STRING, 0); }
		public DocEvidenceContext(DocumentItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitDocEvidence(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class DocTitleContext extends DocumentItemContext {
		public TerminalNode TITLE() { return getToken(KijunParser.TITLE, 0); }
		public TitlesContext titles() {
			return getRuleContext(TitlesContext.class,0);
		}
		public DocTitleContext(DocumentItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitDocTitle(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class DocSourceContext extends DocumentItemContext {
		public Token url;
		public TerminalNode SOURCE() { return getToken(KijunParser.SOURCE, 0); }
		public TerminalNode STRING() { return getToken(KijunParser.STRING, 0); }
		public DocSourceContext(DocumentItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitDocSource(this);
			else return visitor.visitChildren(this);
		}
	}

	public final DocumentItemContext documentItem() throws RecognitionException {
		DocumentItemContext _localctx = new DocumentItemContext(_ctx, getState());
		enterRule(_localctx, 22, RULE_documentItem);
		try {
			setState(163);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case TITLE:
				_localctx = new DocTitleContext(_localctx);
				enterOuterAlt(_localctx, 1);
				{
				setState(152);
				match(TITLE);
				setState(153);
				titles();
				}
				break;
			case PUBLISHER:
				_localctx = new DocPublisherContext(_localctx);
				enterOuterAlt(_localctx, 2);
				{
				setState(154);
				match(PUBLISHER);
				setState(155);
				((DocPublisherContext)_localctx).value = match(STRING);
				}
				break;
			case PUBLISHED:
				_localctx = new DocPublishedContext(_localctx);
				enterOuterAlt(_localctx, 3);
				{
				setState(156);
				match(PUBLISHED);
				setState(157);
				((DocPublishedContext)_localctx).date = match(DATE);
				}
				break;
			case SOURCE:
				_localctx = new DocSourceContext(_localctx);
				enterOuterAlt(_localctx, 4);
				{
				setState(158);
				match(SOURCE);
				setState(159);
				((DocSourceContext)_localctx).url = match(STRING);
				}
				break;
			case EVIDENCE:
				_localctx = new DocEvidenceContext(_localctx);
				enterOuterAlt(_localctx, 5);
				{
				setState(160);
				match(EVIDENCE);
				setState(161);
				((DocEvidenceContext)_localctx).schema = match(STRING);
				}
				break;
			case STATUS:
				_localctx = new DocStatusContext(_localctx);
				enterOuterAlt(_localctx, 6);
				{
				setState(162);
				statusClause();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class TitlesContext extends ParserRuleContext {
		public Token IDENT;
		public List<Token> lang = new ArrayList<Token>();
		public Token STRING;
		public List<Token> text = new ArrayList<Token>();
		public List<TerminalNode> IDENT() { return getTokens(KijunParser.IDENT); }
		public TerminalNode IDENT(int i) {
			return getToken(KijunParser.IDENT, i);
		}
		public List<TerminalNode> STRING() { return getTokens(KijunParser.STRING); }
		public TerminalNode STRING(int i) {
			return getToken(KijunParser.STRING, i);
		}
		public TitlesContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_titles; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitTitles(this);
			else return visitor.visitChildren(this);
		}
	}

	public final TitlesContext titles() throws RecognitionException {
		TitlesContext _localctx = new TitlesContext(_ctx, getState());
		enterRule(_localctx, 24, RULE_titles);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(167); 
			_errHandler.sync(this);
			_la = _input.LA(1);
			do {
				{
				{
				setState(165);
				((TitlesContext)_localctx).IDENT = match(IDENT);
				((TitlesContext)_localctx).lang.add(((TitlesContext)_localctx).IDENT);
				setState(166);
				((TitlesContext)_localctx).STRING = match(STRING);
				((TitlesContext)_localctx).text.add(((TitlesContext)_localctx).STRING);
				}
				}
				setState(169); 
				_errHandler.sync(this);
				_la = _input.LA(1);
			} while ( _la==IDENT );
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class StatusClauseContext extends ParserRuleContext {
		public WordContext value;
		public Token note;
		public TerminalNode STATUS() { return getToken(KijunParser.STATUS, 0); }
		public WordContext word() {
			return getRuleContext(WordContext.class,0);
		}
		public TerminalNode STRING() { return getToken(KijunParser.STRING, 0); }
		public StatusClauseContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_statusClause; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitStatusClause(this);
			else return visitor.visitChildren(this);
		}
	}

	public final StatusClauseContext statusClause() throws RecognitionException {
		StatusClauseContext _localctx = new StatusClauseContext(_ctx, getState());
		enterRule(_localctx, 26, RULE_statusClause);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(171);
			match(STATUS);
			setState(172);
			((StatusClauseContext)_localctx).value = word();
			setState(174);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==STRING) {
				{
				setState(173);
				((StatusClauseContext)_localctx).note = match(STRING);
				}
			}

			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class StructureDeclContext extends ParserRuleContext {
		public Token kind;
		public Token number;
		public TerminalNode LBRACE() { return getToken(KijunParser.LBRACE, 0); }
		public TerminalNode RBRACE() { return getToken(KijunParser.RBRACE, 0); }
		public TerminalNode STRING() { return getToken(KijunParser.STRING, 0); }
		public TerminalNode VOLUME() { return getToken(KijunParser.VOLUME, 0); }
		public TerminalNode CHAPTER() { return getToken(KijunParser.CHAPTER, 0); }
		public TerminalNode SECTION() { return getToken(KijunParser.SECTION, 0); }
		public TerminalNode TITLE() { return getToken(KijunParser.TITLE, 0); }
		public TitlesContext titles() {
			return getRuleContext(TitlesContext.class,0);
		}
		public List<StructureItemContext> structureItem() {
			return getRuleContexts(StructureItemContext.class);
		}
		public StructureItemContext structureItem(int i) {
			return getRuleContext(StructureItemContext.class,i);
		}
		public StructureDeclContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_structureDecl; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitStructureDecl(this);
			else return visitor.visitChildren(this);
		}
	}

	public final StructureDeclContext structureDecl() throws RecognitionException {
		StructureDeclContext _localctx = new StructureDeclContext(_ctx, getState());
		enterRule(_localctx, 28, RULE_structureDecl);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(176);
			((StructureDeclContext)_localctx).kind = _input.LT(1);
			_la = _input.LA(1);
			if ( !((((_la) & ~0x3f) == 0 && ((1L << _la) & 458752L) != 0)) ) {
				((StructureDeclContext)_localctx).kind = (Token)_errHandler.recoverInline(this);
			}
			else {
				if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
				_errHandler.reportMatch(this);
				consume();
			}
			setState(177);
			((StructureDeclContext)_localctx).number = match(STRING);
			setState(180);
			_errHandler.sync(this);
			_la = _input.LA(1);
			if (_la==TITLE) {
				{
				setState(178);
				match(TITLE);
				setState(179);
				titles();
				}
			}

			setState(182);
			match(LBRACE);
			setState(186);
			_errHandler.sync(this);
			_la = _input.LA(1);
			while ((((_la) & ~0x3f) == 0 && ((1L << _la) & 135233536L) != 0)) {
				{
				{
				setState(183);
				structureItem();
				}
				}
				setState(188);
				_errHandler.sync(this);
				_la = _input.LA(1);
			}
			setState(189);
			match(RBRACE);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class StructureItemContext extends ParserRuleContext {
		public StructureItemContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_structureItem; }
	 
		public StructureItemContext() { }
		public void copyFrom(StructureItemContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class NestedStructureContext extends StructureItemContext {
		public StructureDeclContext structureDecl() {
			return getRuleContext(StructureDeclContext.class,0);
		}
		public NestedStructureContext(StructureItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitNestedStructure(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class NestedRequirementContext extends StructureItemContext {
		public RequirementDeclContext requirementDecl() {
			return getRuleContext(RequirementDeclContext.class,0);
		}
		public NestedRequirementContext(StructureItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitNestedRequirement(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class StructureAppliesContext extends StructureItemContext {
		public ExprContext condition;
		public TerminalNode APPLIES() { return getToken(KijunParser.APPLIES, 0); }
		public TerminalNode WHEN() { return getToken(KijunParser.WHEN, 0); }
		public ExprContext expr() {
			return getRuleContext(ExprContext.class,0);
		}
		public StructureAppliesContext(StructureItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitStructureApplies(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class StructureStatusContext extends StructureItemContext {
		public StatusClauseContext statusClause() {
			return getRuleContext(StatusClauseContext.class,0);
		}
		public StructureStatusContext(StructureItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitStructureStatus(this);
			else return visitor.visitChildren(this);
		}
	}

	public final StructureItemContext structureItem() throws RecognitionException {
		StructureItemContext _localctx = new StructureItemContext(_ctx, getState());
		enterRule(_localctx, 30, RULE_structureItem);
		try {
			setState(197);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case STATUS:
				_localctx = new StructureStatusContext(_localctx);
				enterOuterAlt(_localctx, 1);
				{
				setState(191);
				statusClause();
				}
				break;
			case APPLIES:
				_localctx = new StructureAppliesContext(_localctx);
				enterOuterAlt(_localctx, 2);
				{
				setState(192);
				match(APPLIES);
				setState(193);
				match(WHEN);
				setState(194);
				((StructureAppliesContext)_localctx).condition = expr(0);
				}
				break;
			case VOLUME:
			case CHAPTER:
			case SECTION:
				_localctx = new NestedStructureContext(_localctx);
				enterOuterAlt(_localctx, 3);
				{
				setState(195);
				structureDecl();
				}
				break;
			case REQUIREMENT:
				_localctx = new NestedRequirementContext(_localctx);
				enterOuterAlt(_localctx, 4);
				{
				setState(196);
				requirementDecl();
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class RequirementDeclContext extends ParserRuleContext {
		public Token id;
		public TerminalNode REQUIREMENT() { return getToken(KijunParser.REQUIREMENT, 0); }
		public TerminalNode LBRACE() { return getToken(KijunParser.LBRACE, 0); }
		public TerminalNode RBRACE() { return getToken(KijunParser.RBRACE, 0); }
		public TerminalNode STRING() { return getToken(KijunParser.STRING, 0); }
		public List<RequirementItemContext> requirementItem() {
			return getRuleContexts(RequirementItemContext.class);
		}
		public RequirementItemContext requirementItem(int i) {
			return getRuleContext(RequirementItemContext.class,i);
		}
		public RequirementDeclContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_requirementDecl; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitRequirementDecl(this);
			else return visitor.visitChildren(this);
		}
	}

	public final RequirementDeclContext requirementDecl() throws RecognitionException {
		RequirementDeclContext _localctx = new RequirementDeclContext(_ctx, getState());
		enterRule(_localctx, 32, RULE_requirementDecl);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(199);
			match(REQUIREMENT);
			setState(200);
			((RequirementDeclContext)_localctx).id = match(STRING);
			setState(201);
			match(LBRACE);
			setState(205);
			_errHandler.sync(this);
			_la = _input.LA(1);
			while ((((_la) & ~0x3f) == 0 && ((1L << _la) & 17959003136L) != 0)) {
				{
				{
				setState(202);
				requirementItem();
				}
				}
				setState(207);
				_errHandler.sync(this);
				_la = _input.LA(1);
			}
			setState(208);
			match(RBRACE);
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class RequirementItemContext extends ParserRuleContext {
		public RequirementItemContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_requirementItem; }
	 
		public RequirementItemContext() { }
		public void copyFrom(RequirementItemContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ReqTitleContext extends RequirementItemContext {
		public TerminalNode TITLE() { return getToken(KijunParser.TITLE, 0); }
		public TitlesContext titles() {
			return getRuleContext(TitlesContext.class,0);
		}
		public ReqTitleContext(RequirementItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitReqTitle(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ReqSummaryContext extends RequirementItemContext {
		public Token lang;
		public Token text;
		public TerminalNode SUMMARY() { return getToken(KijunParser.SUMMARY, 0); }
		public TerminalNode IDENT() { return getToken(KijunParser.IDENT, 0); }
		public TerminalNode STRING() { return getToken(KijunParser.STRING, 0); }
		public ReqSummaryContext(RequirementItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitReqSummary(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ReqWaiverContext extends RequirementItemContext {
		public IdentContext name;
		public Token IDENT;
		public List<Token> lang = new ArrayList<Token>();
		public Token STRING;
		public List<Token> text = new ArrayList<Token>();
		public TerminalNode WAIVER() { return getToken(KijunParser.WAIVER, 0); }
		public TerminalNode LBRACE() { return getToken(KijunParser.LBRACE, 0); }
		public TerminalNode RBRACE() { return getToken(KijunParser.RBRACE, 0); }
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public List<TerminalNode> SUMMARY() { return getTokens(KijunParser.SUMMARY); }
		public TerminalNode SUMMARY(int i) {
			return getToken(KijunParser.SUMMARY, i);
		}
		public List<TerminalNode> IDENT() { return getTokens(KijunParser.IDENT); }
		public TerminalNode IDENT(int i) {
			return getToken(KijunParser.IDENT, i);
		}
		public List<TerminalNode> STRING() { return getTokens(KijunParser.STRING); }
		public TerminalNode STRING(int i) {
			return getToken(KijunParser.STRING, i);
		}
		public ReqWaiverContext(RequirementItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitReqWaiver(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ReqStatusContext extends RequirementItemContext {
		public StatusClauseContext statusClause() {
			return getRuleContext(StatusClauseContext.class,0);
		}
		public ReqStatusContext(RequirementItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitReqStatus(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ReqLevelContext extends RequirementItemContext {
		public WordContext value;
		public TerminalNode LEVEL() { return getToken(KijunParser.LEVEL, 0); }
		public WordContext word() {
			return getRuleContext(WordContext.class,0);
		}
		public ReqLevelContext(RequirementItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitReqLevel(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ReqSourceContext extends RequirementItemContext {
		public Token url;
		public Token page;
		public Token note;
		public TerminalNode SOURCE() { return getToken(KijunParser.SOURCE, 0); }
		public List<TerminalNode> STRING() { return getTokens(KijunParser.STRING); }
		public TerminalNode STRING(int i) {
			return getToken(KijunParser.STRING, i);
		}
		public TerminalNode PAGE() { return getToken(KijunParser.PAGE, 0); }
		public TerminalNode NOTE() { return getToken(KijunParser.NOTE, 0); }
		public ReqSourceContext(RequirementItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitReqSource(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ReqQuestionCheckContext extends RequirementItemContext {
		public Token IDENT;
		public List<Token> lang = new ArrayList<Token>();
		public Token STRING;
		public List<Token> text = new ArrayList<Token>();
		public TerminalNode CHECK() { return getToken(KijunParser.CHECK, 0); }
		public TerminalNode QUESTION() { return getToken(KijunParser.QUESTION, 0); }
		public TerminalNode LBRACE() { return getToken(KijunParser.LBRACE, 0); }
		public TerminalNode RBRACE() { return getToken(KijunParser.RBRACE, 0); }
		public List<TerminalNode> ASK() { return getTokens(KijunParser.ASK); }
		public TerminalNode ASK(int i) {
			return getToken(KijunParser.ASK, i);
		}
		public List<TerminalNode> IDENT() { return getTokens(KijunParser.IDENT); }
		public TerminalNode IDENT(int i) {
			return getToken(KijunParser.IDENT, i);
		}
		public List<TerminalNode> STRING() { return getTokens(KijunParser.STRING); }
		public TerminalNode STRING(int i) {
			return getToken(KijunParser.STRING, i);
		}
		public ReqQuestionCheckContext(RequirementItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitReqQuestionCheck(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ReqAudienceContext extends RequirementItemContext {
		public TerminalNode AUDIENCE() { return getToken(KijunParser.AUDIENCE, 0); }
		public List<WordContext> word() {
			return getRuleContexts(WordContext.class);
		}
		public WordContext word(int i) {
			return getRuleContext(WordContext.class,i);
		}
		public List<TerminalNode> COMMA() { return getTokens(KijunParser.COMMA); }
		public TerminalNode COMMA(int i) {
			return getToken(KijunParser.COMMA, i);
		}
		public ReqAudienceContext(RequirementItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitReqAudience(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ReqCitesContext extends RequirementItemContext {
		public TerminalNode CITES() { return getToken(KijunParser.CITES, 0); }
		public List<TerminalNode> STRING() { return getTokens(KijunParser.STRING); }
		public TerminalNode STRING(int i) {
			return getToken(KijunParser.STRING, i);
		}
		public List<TerminalNode> COMMA() { return getTokens(KijunParser.COMMA); }
		public TerminalNode COMMA(int i) {
			return getToken(KijunParser.COMMA, i);
		}
		public ReqCitesContext(RequirementItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitReqCites(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ReqAppliesContext extends RequirementItemContext {
		public ExprContext condition;
		public TerminalNode APPLIES() { return getToken(KijunParser.APPLIES, 0); }
		public TerminalNode WHEN() { return getToken(KijunParser.WHEN, 0); }
		public ExprContext expr() {
			return getRuleContext(ExprContext.class,0);
		}
		public ReqAppliesContext(RequirementItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitReqApplies(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ReqAutomatedCheckContext extends RequirementItemContext {
		public Token explanation;
		public ExprContext body;
		public TerminalNode CHECK() { return getToken(KijunParser.CHECK, 0); }
		public TerminalNode AUTOMATED() { return getToken(KijunParser.AUTOMATED, 0); }
		public TerminalNode LBRACE() { return getToken(KijunParser.LBRACE, 0); }
		public TerminalNode RBRACE() { return getToken(KijunParser.RBRACE, 0); }
		public TerminalNode STRING() { return getToken(KijunParser.STRING, 0); }
		public ExprContext expr() {
			return getRuleContext(ExprContext.class,0);
		}
		public ReqAutomatedCheckContext(RequirementItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitReqAutomatedCheck(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ReqTargetsContext extends RequirementItemContext {
		public TerminalNode TARGETS() { return getToken(KijunParser.TARGETS, 0); }
		public List<WordContext> word() {
			return getRuleContexts(WordContext.class);
		}
		public WordContext word(int i) {
			return getRuleContext(WordContext.class,i);
		}
		public List<TerminalNode> COMMA() { return getTokens(KijunParser.COMMA); }
		public TerminalNode COMMA(int i) {
			return getToken(KijunParser.COMMA, i);
		}
		public ReqTargetsContext(RequirementItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitReqTargets(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ReqReviewCheckContext extends RequirementItemContext {
		public Token explanation;
		public TerminalNode CHECK() { return getToken(KijunParser.CHECK, 0); }
		public TerminalNode REVIEW() { return getToken(KijunParser.REVIEW, 0); }
		public TerminalNode STRING() { return getToken(KijunParser.STRING, 0); }
		public ReqReviewCheckContext(RequirementItemContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitReqReviewCheck(this);
			else return visitor.visitChildren(this);
		}
	}

	public final RequirementItemContext requirementItem() throws RecognitionException {
		RequirementItemContext _localctx = new RequirementItemContext(_ctx, getState());
		enterRule(_localctx, 34, RULE_requirementItem);
		int _la;
		try {
			setState(293);
			_errHandler.sync(this);
			switch ( getInterpreter().adaptivePredict(_input,28,_ctx) ) {
			case 1:
				_localctx = new ReqTitleContext(_localctx);
				enterOuterAlt(_localctx, 1);
				{
				setState(210);
				match(TITLE);
				setState(211);
				titles();
				}
				break;
			case 2:
				_localctx = new ReqLevelContext(_localctx);
				enterOuterAlt(_localctx, 2);
				{
				setState(212);
				match(LEVEL);
				setState(213);
				((ReqLevelContext)_localctx).value = word();
				}
				break;
			case 3:
				_localctx = new ReqAudienceContext(_localctx);
				enterOuterAlt(_localctx, 3);
				{
				setState(214);
				match(AUDIENCE);
				setState(215);
				word();
				setState(220);
				_errHandler.sync(this);
				_la = _input.LA(1);
				while (_la==COMMA) {
					{
					{
					setState(216);
					match(COMMA);
					setState(217);
					word();
					}
					}
					setState(222);
					_errHandler.sync(this);
					_la = _input.LA(1);
				}
				}
				break;
			case 4:
				_localctx = new ReqTargetsContext(_localctx);
				enterOuterAlt(_localctx, 4);
				{
				setState(223);
				match(TARGETS);
				setState(224);
				word();
				setState(229);
				_errHandler.sync(this);
				_la = _input.LA(1);
				while (_la==COMMA) {
					{
					{
					setState(225);
					match(COMMA);
					setState(226);
					word();
					}
					}
					setState(231);
					_errHandler.sync(this);
					_la = _input.LA(1);
				}
				}
				break;
			case 5:
				_localctx = new ReqStatusContext(_localctx);
				enterOuterAlt(_localctx, 5);
				{
				setState(232);
				statusClause();
				}
				break;
			case 6:
				_localctx = new ReqSourceContext(_localctx);
				enterOuterAlt(_localctx, 6);
				{
				setState(233);
				match(SOURCE);
				setState(234);
				((ReqSourceContext)_localctx).url = match(STRING);
				setState(237);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==PAGE) {
					{
					setState(235);
					match(PAGE);
					setState(236);
					((ReqSourceContext)_localctx).page = match(STRING);
					}
				}

				setState(241);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==NOTE) {
					{
					setState(239);
					match(NOTE);
					setState(240);
					((ReqSourceContext)_localctx).note = match(STRING);
					}
				}

				}
				break;
			case 7:
				_localctx = new ReqSummaryContext(_localctx);
				enterOuterAlt(_localctx, 7);
				{
				setState(243);
				match(SUMMARY);
				setState(244);
				((ReqSummaryContext)_localctx).lang = match(IDENT);
				setState(245);
				((ReqSummaryContext)_localctx).text = match(STRING);
				}
				break;
			case 8:
				_localctx = new ReqCitesContext(_localctx);
				enterOuterAlt(_localctx, 8);
				{
				setState(246);
				match(CITES);
				setState(247);
				match(STRING);
				setState(252);
				_errHandler.sync(this);
				_la = _input.LA(1);
				while (_la==COMMA) {
					{
					{
					setState(248);
					match(COMMA);
					setState(249);
					match(STRING);
					}
					}
					setState(254);
					_errHandler.sync(this);
					_la = _input.LA(1);
				}
				}
				break;
			case 9:
				_localctx = new ReqAppliesContext(_localctx);
				enterOuterAlt(_localctx, 9);
				{
				setState(255);
				match(APPLIES);
				setState(256);
				match(WHEN);
				setState(257);
				((ReqAppliesContext)_localctx).condition = expr(0);
				}
				break;
			case 10:
				_localctx = new ReqAutomatedCheckContext(_localctx);
				enterOuterAlt(_localctx, 10);
				{
				setState(258);
				match(CHECK);
				setState(259);
				match(AUTOMATED);
				setState(260);
				((ReqAutomatedCheckContext)_localctx).explanation = match(STRING);
				setState(261);
				match(LBRACE);
				setState(262);
				((ReqAutomatedCheckContext)_localctx).body = expr(0);
				setState(263);
				match(RBRACE);
				}
				break;
			case 11:
				_localctx = new ReqQuestionCheckContext(_localctx);
				enterOuterAlt(_localctx, 11);
				{
				setState(265);
				match(CHECK);
				setState(266);
				match(QUESTION);
				setState(267);
				match(LBRACE);
				setState(273);
				_errHandler.sync(this);
				_la = _input.LA(1);
				while (_la==ASK) {
					{
					{
					setState(268);
					match(ASK);
					setState(269);
					((ReqQuestionCheckContext)_localctx).IDENT = match(IDENT);
					((ReqQuestionCheckContext)_localctx).lang.add(((ReqQuestionCheckContext)_localctx).IDENT);
					setState(270);
					((ReqQuestionCheckContext)_localctx).STRING = match(STRING);
					((ReqQuestionCheckContext)_localctx).text.add(((ReqQuestionCheckContext)_localctx).STRING);
					}
					}
					setState(275);
					_errHandler.sync(this);
					_la = _input.LA(1);
				}
				setState(276);
				match(RBRACE);
				}
				break;
			case 12:
				_localctx = new ReqReviewCheckContext(_localctx);
				enterOuterAlt(_localctx, 12);
				{
				setState(277);
				match(CHECK);
				setState(278);
				match(REVIEW);
				setState(279);
				((ReqReviewCheckContext)_localctx).explanation = match(STRING);
				}
				break;
			case 13:
				_localctx = new ReqWaiverContext(_localctx);
				enterOuterAlt(_localctx, 13);
				{
				setState(280);
				match(WAIVER);
				setState(281);
				((ReqWaiverContext)_localctx).name = ident();
				setState(282);
				match(LBRACE);
				setState(288);
				_errHandler.sync(this);
				_la = _input.LA(1);
				while (_la==SUMMARY) {
					{
					{
					setState(283);
					match(SUMMARY);
					setState(284);
					((ReqWaiverContext)_localctx).IDENT = match(IDENT);
					((ReqWaiverContext)_localctx).lang.add(((ReqWaiverContext)_localctx).IDENT);
					setState(285);
					((ReqWaiverContext)_localctx).STRING = match(STRING);
					((ReqWaiverContext)_localctx).text.add(((ReqWaiverContext)_localctx).STRING);
					}
					}
					setState(290);
					_errHandler.sync(this);
					_la = _input.LA(1);
				}
				setState(291);
				match(RBRACE);
				}
				break;
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class WordContext extends ParserRuleContext {
		public List<IdentContext> ident() {
			return getRuleContexts(IdentContext.class);
		}
		public IdentContext ident(int i) {
			return getRuleContext(IdentContext.class,i);
		}
		public List<TerminalNode> MINUS() { return getTokens(KijunParser.MINUS); }
		public TerminalNode MINUS(int i) {
			return getToken(KijunParser.MINUS, i);
		}
		public WordContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_word; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitWord(this);
			else return visitor.visitChildren(this);
		}
	}

	public final WordContext word() throws RecognitionException {
		WordContext _localctx = new WordContext(_ctx, getState());
		enterRule(_localctx, 36, RULE_word);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(295);
			ident();
			setState(300);
			_errHandler.sync(this);
			_la = _input.LA(1);
			while (_la==MINUS) {
				{
				{
				setState(296);
				match(MINUS);
				setState(297);
				ident();
				}
				}
				setState(302);
				_errHandler.sync(this);
				_la = _input.LA(1);
			}
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class IdentContext extends ParserRuleContext {
		public TerminalNode IDENT() { return getToken(KijunParser.IDENT, 0); }
		public TerminalNode TITLE() { return getToken(KijunParser.TITLE, 0); }
		public TerminalNode PUBLISHER() { return getToken(KijunParser.PUBLISHER, 0); }
		public TerminalNode PUBLISHED() { return getToken(KijunParser.PUBLISHED, 0); }
		public TerminalNode SOURCE() { return getToken(KijunParser.SOURCE, 0); }
		public TerminalNode EVIDENCE() { return getToken(KijunParser.EVIDENCE, 0); }
		public TerminalNode STATUS() { return getToken(KijunParser.STATUS, 0); }
		public TerminalNode VOLUME() { return getToken(KijunParser.VOLUME, 0); }
		public TerminalNode CHAPTER() { return getToken(KijunParser.CHAPTER, 0); }
		public TerminalNode SECTION() { return getToken(KijunParser.SECTION, 0); }
		public TerminalNode LEVEL() { return getToken(KijunParser.LEVEL, 0); }
		public TerminalNode AUDIENCE() { return getToken(KijunParser.AUDIENCE, 0); }
		public TerminalNode TARGETS() { return getToken(KijunParser.TARGETS, 0); }
		public TerminalNode PAGE() { return getToken(KijunParser.PAGE, 0); }
		public TerminalNode NOTE() { return getToken(KijunParser.NOTE, 0); }
		public TerminalNode SUMMARY() { return getToken(KijunParser.SUMMARY, 0); }
		public TerminalNode REVIEW() { return getToken(KijunParser.REVIEW, 0); }
		public TerminalNode QUESTION() { return getToken(KijunParser.QUESTION, 0); }
		public TerminalNode ROOT() { return getToken(KijunParser.ROOT, 0); }
		public TerminalNode DOCUMENT() { return getToken(KijunParser.DOCUMENT, 0); }
		public TerminalNode RECORD() { return getToken(KijunParser.RECORD, 0); }
		public TerminalNode CHECK() { return getToken(KijunParser.CHECK, 0); }
		public TerminalNode AUTOMATED() { return getToken(KijunParser.AUTOMATED, 0); }
		public TerminalNode ASK() { return getToken(KijunParser.ASK, 0); }
		public TerminalNode WAIVER() { return getToken(KijunParser.WAIVER, 0); }
		public TerminalNode CITES() { return getToken(KijunParser.CITES, 0); }
		public TerminalNode APPLIES() { return getToken(KijunParser.APPLIES, 0); }
		public TerminalNode WHEN() { return getToken(KijunParser.WHEN, 0); }
		public TerminalNode LIST() { return getToken(KijunParser.LIST, 0); }
		public TerminalNode SCHEMA() { return getToken(KijunParser.SCHEMA, 0); }
		public TerminalNode EDITION() { return getToken(KijunParser.EDITION, 0); }
		public TerminalNode ORDERED() { return getToken(KijunParser.ORDERED, 0); }
		public IdentContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_ident; }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitIdent(this);
			else return visitor.visitChildren(this);
		}
	}

	public final IdentContext ident() throws RecognitionException {
		IdentContext _localctx = new IdentContext(_ctx, getState());
		enterRule(_localctx, 38, RULE_ident);
		int _la;
		try {
			enterOuterAlt(_localctx, 1);
			{
			setState(303);
			_la = _input.LA(1);
			if ( !((((_la) & ~0x3f) == 0 && ((1L << _la) & 34359213918L) != 0) || _la==IDENT) ) {
			_errHandler.recoverInline(this);
			}
			else {
				if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
				_errHandler.reportMatch(this);
				consume();
			}
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			exitRule();
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class ExprContext extends ParserRuleContext {
		public ExprContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_expr; }
	 
		public ExprContext() { }
		public void copyFrom(ExprContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class NotContext extends ExprContext {
		public ExprContext operand;
		public TerminalNode NOT() { return getToken(KijunParser.NOT, 0); }
		public ExprContext expr() {
			return getRuleContext(ExprContext.class,0);
		}
		public NotContext(ExprContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitNot(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class SubsetContext extends ExprContext {
		public AdditiveContext left;
		public AdditiveContext right;
		public TerminalNode SUBSET() { return getToken(KijunParser.SUBSET, 0); }
		public TerminalNode OF() { return getToken(KijunParser.OF, 0); }
		public List<AdditiveContext> additive() {
			return getRuleContexts(AdditiveContext.class);
		}
		public AdditiveContext additive(int i) {
			return getRuleContext(AdditiveContext.class,i);
		}
		public SubsetContext(ExprContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitSubset(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class OrContext extends ExprContext {
		public ExprContext left;
		public ExprContext right;
		public TerminalNode OR() { return getToken(KijunParser.OR, 0); }
		public List<ExprContext> expr() {
			return getRuleContexts(ExprContext.class);
		}
		public ExprContext expr(int i) {
			return getRuleContext(ExprContext.class,i);
		}
		public OrContext(ExprContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitOr(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ImpliesContext extends ExprContext {
		public ExprContext left;
		public ExprContext right;
		public TerminalNode IMPLIES() { return getToken(KijunParser.IMPLIES, 0); }
		public List<ExprContext> expr() {
			return getRuleContexts(ExprContext.class);
		}
		public ExprContext expr(int i) {
			return getRuleContext(ExprContext.class,i);
		}
		public ImpliesContext(ExprContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitImplies(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ComparisonContext extends ExprContext {
		public AdditiveContext left;
		public Token op;
		public AdditiveContext right;
		public List<AdditiveContext> additive() {
			return getRuleContexts(AdditiveContext.class);
		}
		public AdditiveContext additive(int i) {
			return getRuleContext(AdditiveContext.class,i);
		}
		public TerminalNode EQ() { return getToken(KijunParser.EQ, 0); }
		public TerminalNode NE() { return getToken(KijunParser.NE, 0); }
		public TerminalNode LT() { return getToken(KijunParser.LT, 0); }
		public TerminalNode LE() { return getToken(KijunParser.LE, 0); }
		public TerminalNode GT() { return getToken(KijunParser.GT, 0); }
		public TerminalNode GE() { return getToken(KijunParser.GE, 0); }
		public ComparisonContext(ExprContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitComparison(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class AndContext extends ExprContext {
		public ExprContext left;
		public ExprContext right;
		public TerminalNode AND() { return getToken(KijunParser.AND, 0); }
		public List<ExprContext> expr() {
			return getRuleContexts(ExprContext.class);
		}
		public ExprContext expr(int i) {
			return getRuleContext(ExprContext.class,i);
		}
		public AndContext(ExprContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitAnd(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ValueContext extends ExprContext {
		public AdditiveContext additive() {
			return getRuleContext(AdditiveContext.class,0);
		}
		public ValueContext(ExprContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitValue(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class MembershipContext extends ExprContext {
		public AdditiveContext element;
		public AdditiveContext list;
		public TerminalNode IN() { return getToken(KijunParser.IN, 0); }
		public List<AdditiveContext> additive() {
			return getRuleContexts(AdditiveContext.class);
		}
		public AdditiveContext additive(int i) {
			return getRuleContext(AdditiveContext.class,i);
		}
		public TerminalNode NOT() { return getToken(KijunParser.NOT, 0); }
		public MembershipContext(ExprContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitMembership(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class PresenceContext extends ExprContext {
		public AdditiveContext operand;
		public Token presence;
		public TerminalNode IS() { return getToken(KijunParser.IS, 0); }
		public AdditiveContext additive() {
			return getRuleContext(AdditiveContext.class,0);
		}
		public TerminalNode PRESENT() { return getToken(KijunParser.PRESENT, 0); }
		public TerminalNode ABSENT() { return getToken(KijunParser.ABSENT, 0); }
		public PresenceContext(ExprContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitPresence(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class QuantifierContext extends ExprContext {
		public Token quant;
		public IdentContext var;
		public AdditiveContext list;
		public ExprContext filter;
		public ExprContext body;
		public TerminalNode IN() { return getToken(KijunParser.IN, 0); }
		public TerminalNode COLON() { return getToken(KijunParser.COLON, 0); }
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public AdditiveContext additive() {
			return getRuleContext(AdditiveContext.class,0);
		}
		public List<ExprContext> expr() {
			return getRuleContexts(ExprContext.class);
		}
		public ExprContext expr(int i) {
			return getRuleContext(ExprContext.class,i);
		}
		public TerminalNode FORALL() { return getToken(KijunParser.FORALL, 0); }
		public TerminalNode EXISTS() { return getToken(KijunParser.EXISTS, 0); }
		public TerminalNode WHERE() { return getToken(KijunParser.WHERE, 0); }
		public QuantifierContext(ExprContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitQuantifier(this);
			else return visitor.visitChildren(this);
		}
	}

	public final ExprContext expr() throws RecognitionException {
		return expr(0);
	}

	private ExprContext expr(int _p) throws RecognitionException {
		ParserRuleContext _parentctx = _ctx;
		int _parentState = getState();
		ExprContext _localctx = new ExprContext(_ctx, _parentState);
		ExprContext _prevctx = _localctx;
		int _startState = 40;
		enterRecursionRule(_localctx, 40, RULE_expr, _p);
		int _la;
		try {
			int _alt;
			enterOuterAlt(_localctx, 1);
			{
			setState(340);
			_errHandler.sync(this);
			switch ( getInterpreter().adaptivePredict(_input,32,_ctx) ) {
			case 1:
				{
				_localctx = new ComparisonContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;

				setState(306);
				((ComparisonContext)_localctx).left = additive(0);
				setState(307);
				((ComparisonContext)_localctx).op = _input.LT(1);
				_la = _input.LA(1);
				if ( !(((((_la - 71)) & ~0x3f) == 0 && ((1L << (_la - 71)) & 63L) != 0)) ) {
					((ComparisonContext)_localctx).op = (Token)_errHandler.recoverInline(this);
				}
				else {
					if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
					_errHandler.reportMatch(this);
					consume();
				}
				setState(308);
				((ComparisonContext)_localctx).right = additive(0);
				}
				break;
			case 2:
				{
				_localctx = new MembershipContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;
				setState(310);
				((MembershipContext)_localctx).element = additive(0);
				setState(312);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==NOT) {
					{
					setState(311);
					match(NOT);
					}
				}

				setState(314);
				match(IN);
				setState(315);
				((MembershipContext)_localctx).list = additive(0);
				}
				break;
			case 3:
				{
				_localctx = new SubsetContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;
				setState(317);
				((SubsetContext)_localctx).left = additive(0);
				setState(318);
				match(SUBSET);
				setState(319);
				match(OF);
				setState(320);
				((SubsetContext)_localctx).right = additive(0);
				}
				break;
			case 4:
				{
				_localctx = new PresenceContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;
				setState(322);
				((PresenceContext)_localctx).operand = additive(0);
				setState(323);
				match(IS);
				setState(324);
				((PresenceContext)_localctx).presence = _input.LT(1);
				_la = _input.LA(1);
				if ( !(_la==PRESENT || _la==ABSENT) ) {
					((PresenceContext)_localctx).presence = (Token)_errHandler.recoverInline(this);
				}
				else {
					if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
					_errHandler.reportMatch(this);
					consume();
				}
				}
				break;
			case 5:
				{
				_localctx = new ValueContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;
				setState(326);
				additive(0);
				}
				break;
			case 6:
				{
				_localctx = new NotContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;
				setState(327);
				match(NOT);
				setState(328);
				((NotContext)_localctx).operand = expr(5);
				}
				break;
			case 7:
				{
				_localctx = new QuantifierContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;
				setState(329);
				((QuantifierContext)_localctx).quant = _input.LT(1);
				_la = _input.LA(1);
				if ( !(_la==FORALL || _la==EXISTS) ) {
					((QuantifierContext)_localctx).quant = (Token)_errHandler.recoverInline(this);
				}
				else {
					if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
					_errHandler.reportMatch(this);
					consume();
				}
				setState(330);
				((QuantifierContext)_localctx).var = ident();
				setState(331);
				match(IN);
				setState(332);
				((QuantifierContext)_localctx).list = additive(0);
				setState(335);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==WHERE) {
					{
					setState(333);
					match(WHERE);
					setState(334);
					((QuantifierContext)_localctx).filter = expr(0);
					}
				}

				setState(337);
				match(COLON);
				setState(338);
				((QuantifierContext)_localctx).body = expr(1);
				}
				break;
			}
			_ctx.stop = _input.LT(-1);
			setState(353);
			_errHandler.sync(this);
			_alt = getInterpreter().adaptivePredict(_input,34,_ctx);
			while ( _alt!=2 && _alt!=org.antlr.v4.runtime.atn.ATN.INVALID_ALT_NUMBER ) {
				if ( _alt==1 ) {
					if ( _parseListeners!=null ) triggerExitRuleEvent();
					_prevctx = _localctx;
					{
					setState(351);
					_errHandler.sync(this);
					switch ( getInterpreter().adaptivePredict(_input,33,_ctx) ) {
					case 1:
						{
						_localctx = new AndContext(new ExprContext(_parentctx, _parentState));
						((AndContext)_localctx).left = _prevctx;
						pushNewRecursionContext(_localctx, _startState, RULE_expr);
						setState(342);
						if (!(precpred(_ctx, 4))) throw new FailedPredicateException(this, "precpred(_ctx, 4)");
						setState(343);
						match(AND);
						setState(344);
						((AndContext)_localctx).right = expr(5);
						}
						break;
					case 2:
						{
						_localctx = new OrContext(new ExprContext(_parentctx, _parentState));
						((OrContext)_localctx).left = _prevctx;
						pushNewRecursionContext(_localctx, _startState, RULE_expr);
						setState(345);
						if (!(precpred(_ctx, 3))) throw new FailedPredicateException(this, "precpred(_ctx, 3)");
						setState(346);
						match(OR);
						setState(347);
						((OrContext)_localctx).right = expr(4);
						}
						break;
					case 3:
						{
						_localctx = new ImpliesContext(new ExprContext(_parentctx, _parentState));
						((ImpliesContext)_localctx).left = _prevctx;
						pushNewRecursionContext(_localctx, _startState, RULE_expr);
						setState(348);
						if (!(precpred(_ctx, 2))) throw new FailedPredicateException(this, "precpred(_ctx, 2)");
						setState(349);
						match(IMPLIES);
						setState(350);
						((ImpliesContext)_localctx).right = expr(2);
						}
						break;
					}
					} 
				}
				setState(355);
				_errHandler.sync(this);
				_alt = getInterpreter().adaptivePredict(_input,34,_ctx);
			}
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			unrollRecursionContexts(_parentctx);
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class AdditiveContext extends ParserRuleContext {
		public AdditiveContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_additive; }
	 
		public AdditiveContext() { }
		public void copyFrom(AdditiveContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class PrimaryValueContext extends AdditiveContext {
		public PrimaryContext primary() {
			return getRuleContext(PrimaryContext.class,0);
		}
		public PrimaryValueContext(AdditiveContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitPrimaryValue(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class DateShiftContext extends AdditiveContext {
		public AdditiveContext base;
		public Token op;
		public Token amount;
		public Token unit;
		public AdditiveContext additive() {
			return getRuleContext(AdditiveContext.class,0);
		}
		public TerminalNode INTEGER() { return getToken(KijunParser.INTEGER, 0); }
		public TerminalNode PLUS() { return getToken(KijunParser.PLUS, 0); }
		public TerminalNode MINUS() { return getToken(KijunParser.MINUS, 0); }
		public TerminalNode DAYS() { return getToken(KijunParser.DAYS, 0); }
		public TerminalNode WEEKS() { return getToken(KijunParser.WEEKS, 0); }
		public TerminalNode MONTHS() { return getToken(KijunParser.MONTHS, 0); }
		public TerminalNode YEARS() { return getToken(KijunParser.YEARS, 0); }
		public DateShiftContext(AdditiveContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitDateShift(this);
			else return visitor.visitChildren(this);
		}
	}

	public final AdditiveContext additive() throws RecognitionException {
		return additive(0);
	}

	private AdditiveContext additive(int _p) throws RecognitionException {
		ParserRuleContext _parentctx = _ctx;
		int _parentState = getState();
		AdditiveContext _localctx = new AdditiveContext(_ctx, _parentState);
		AdditiveContext _prevctx = _localctx;
		int _startState = 42;
		enterRecursionRule(_localctx, 42, RULE_additive, _p);
		int _la;
		try {
			int _alt;
			enterOuterAlt(_localctx, 1);
			{
			{
			_localctx = new PrimaryValueContext(_localctx);
			_ctx = _localctx;
			_prevctx = _localctx;

			setState(357);
			primary(0);
			}
			_ctx.stop = _input.LT(-1);
			setState(365);
			_errHandler.sync(this);
			_alt = getInterpreter().adaptivePredict(_input,35,_ctx);
			while ( _alt!=2 && _alt!=org.antlr.v4.runtime.atn.ATN.INVALID_ALT_NUMBER ) {
				if ( _alt==1 ) {
					if ( _parseListeners!=null ) triggerExitRuleEvent();
					_prevctx = _localctx;
					{
					{
					_localctx = new DateShiftContext(new AdditiveContext(_parentctx, _parentState));
					((DateShiftContext)_localctx).base = _prevctx;
					pushNewRecursionContext(_localctx, _startState, RULE_additive);
					setState(359);
					if (!(precpred(_ctx, 2))) throw new FailedPredicateException(this, "precpred(_ctx, 2)");
					setState(360);
					((DateShiftContext)_localctx).op = _input.LT(1);
					_la = _input.LA(1);
					if ( !(_la==PLUS || _la==MINUS) ) {
						((DateShiftContext)_localctx).op = (Token)_errHandler.recoverInline(this);
					}
					else {
						if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
						_errHandler.reportMatch(this);
						consume();
					}
					setState(361);
					((DateShiftContext)_localctx).amount = match(INTEGER);
					setState(362);
					((DateShiftContext)_localctx).unit = _input.LT(1);
					_la = _input.LA(1);
					if ( !((((_la) & ~0x3f) == 0 && ((1L << _la) & 270215977642229760L) != 0)) ) {
						((DateShiftContext)_localctx).unit = (Token)_errHandler.recoverInline(this);
					}
					else {
						if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
						_errHandler.reportMatch(this);
						consume();
					}
					}
					} 
				}
				setState(367);
				_errHandler.sync(this);
				_alt = getInterpreter().adaptivePredict(_input,35,_ctx);
			}
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			unrollRecursionContexts(_parentctx);
		}
		return _localctx;
	}

	@SuppressWarnings("CheckReturnValue")
	public static class PrimaryContext extends ParserRuleContext {
		public PrimaryContext(ParserRuleContext parent, int invokingState) {
			super(parent, invokingState);
		}
		@Override public int getRuleIndex() { return RULE_primary; }
	 
		public PrimaryContext() { }
		public void copyFrom(PrimaryContext ctx) {
			super.copyFrom(ctx);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class DateLiteralContext extends PrimaryContext {
		public TerminalNode DATE() { return getToken(KijunParser.DATE, 0); }
		public DateLiteralContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitDateLiteral(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class AnswerOfContext extends PrimaryContext {
		public Token clause;
		public TerminalNode ANSWER() { return getToken(KijunParser.ANSWER, 0); }
		public TerminalNode LPAREN() { return getToken(KijunParser.LPAREN, 0); }
		public TerminalNode RPAREN() { return getToken(KijunParser.RPAREN, 0); }
		public TerminalNode STRING() { return getToken(KijunParser.STRING, 0); }
		public AnswerOfContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitAnswerOf(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class BooleanLiteralContext extends PrimaryContext {
		public Token value;
		public TerminalNode TRUE() { return getToken(KijunParser.TRUE, 0); }
		public TerminalNode FALSE() { return getToken(KijunParser.FALSE, 0); }
		public BooleanLiteralContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitBooleanLiteral(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class WaivedContext extends PrimaryContext {
		public IdentContext name;
		public AdditiveContext subject;
		public TerminalNode WAIVED() { return getToken(KijunParser.WAIVED, 0); }
		public TerminalNode FOR() { return getToken(KijunParser.FOR, 0); }
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public AdditiveContext additive() {
			return getRuleContext(AdditiveContext.class,0);
		}
		public WaivedContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitWaived(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class CountContext extends PrimaryContext {
		public IdentContext var;
		public AdditiveContext list;
		public ExprContext filter;
		public TerminalNode COUNT() { return getToken(KijunParser.COUNT, 0); }
		public TerminalNode LPAREN() { return getToken(KijunParser.LPAREN, 0); }
		public TerminalNode IN() { return getToken(KijunParser.IN, 0); }
		public TerminalNode RPAREN() { return getToken(KijunParser.RPAREN, 0); }
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public AdditiveContext additive() {
			return getRuleContext(AdditiveContext.class,0);
		}
		public TerminalNode WHERE() { return getToken(KijunParser.WHERE, 0); }
		public ExprContext expr() {
			return getRuleContext(ExprContext.class,0);
		}
		public CountContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitCount(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class NameContext extends PrimaryContext {
		public IdentContext name;
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public NameContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitName(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ListLiteralContext extends PrimaryContext {
		public TerminalNode LBRACK() { return getToken(KijunParser.LBRACK, 0); }
		public TerminalNode RBRACK() { return getToken(KijunParser.RBRACK, 0); }
		public List<ExprContext> expr() {
			return getRuleContexts(ExprContext.class);
		}
		public ExprContext expr(int i) {
			return getRuleContext(ExprContext.class,i);
		}
		public List<TerminalNode> COMMA() { return getTokens(KijunParser.COMMA); }
		public TerminalNode COMMA(int i) {
			return getToken(KijunParser.COMMA, i);
		}
		public ListLiteralContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitListLiteral(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class StringLiteralContext extends PrimaryContext {
		public TerminalNode STRING() { return getToken(KijunParser.STRING, 0); }
		public StringLiteralContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitStringLiteral(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class AsOfContext extends PrimaryContext {
		public TerminalNode ASOF() { return getToken(KijunParser.ASOF, 0); }
		public AsOfContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitAsOf(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class ParenthesizedContext extends PrimaryContext {
		public ExprContext inner;
		public TerminalNode LPAREN() { return getToken(KijunParser.LPAREN, 0); }
		public TerminalNode RPAREN() { return getToken(KijunParser.RPAREN, 0); }
		public ExprContext expr() {
			return getRuleContext(ExprContext.class,0);
		}
		public ParenthesizedContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitParenthesized(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class DecimalLiteralContext extends PrimaryContext {
		public TerminalNode DECIMAL() { return getToken(KijunParser.DECIMAL, 0); }
		public DecimalLiteralContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitDecimalLiteral(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class UniqueContext extends PrimaryContext {
		public IdentContext var;
		public AdditiveContext list;
		public ExprContext filter;
		public ExprContext key;
		public TerminalNode UNIQUE() { return getToken(KijunParser.UNIQUE, 0); }
		public TerminalNode LPAREN() { return getToken(KijunParser.LPAREN, 0); }
		public TerminalNode IN() { return getToken(KijunParser.IN, 0); }
		public TerminalNode COLON() { return getToken(KijunParser.COLON, 0); }
		public TerminalNode RPAREN() { return getToken(KijunParser.RPAREN, 0); }
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public AdditiveContext additive() {
			return getRuleContext(AdditiveContext.class,0);
		}
		public List<ExprContext> expr() {
			return getRuleContexts(ExprContext.class);
		}
		public ExprContext expr(int i) {
			return getRuleContext(ExprContext.class,i);
		}
		public TerminalNode WHERE() { return getToken(KijunParser.WHERE, 0); }
		public UniqueContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitUnique(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class FieldAccessContext extends PrimaryContext {
		public PrimaryContext target;
		public IdentContext field;
		public TerminalNode DOT() { return getToken(KijunParser.DOT, 0); }
		public PrimaryContext primary() {
			return getRuleContext(PrimaryContext.class,0);
		}
		public IdentContext ident() {
			return getRuleContext(IdentContext.class,0);
		}
		public FieldAccessContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitFieldAccess(this);
			else return visitor.visitChildren(this);
		}
	}
	@SuppressWarnings("CheckReturnValue")
	public static class IntegerLiteralContext extends PrimaryContext {
		public TerminalNode INTEGER() { return getToken(KijunParser.INTEGER, 0); }
		public IntegerLiteralContext(PrimaryContext ctx) { copyFrom(ctx); }
		@Override
		public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
			if ( visitor instanceof KijunVisitor ) return ((KijunVisitor<? extends T>)visitor).visitIntegerLiteral(this);
			else return visitor.visitChildren(this);
		}
	}

	public final PrimaryContext primary() throws RecognitionException {
		return primary(0);
	}

	private PrimaryContext primary(int _p) throws RecognitionException {
		ParserRuleContext _parentctx = _ctx;
		int _parentState = getState();
		PrimaryContext _localctx = new PrimaryContext(_ctx, _parentState);
		PrimaryContext _prevctx = _localctx;
		int _startState = 44;
		enterRecursionRule(_localctx, 44, RULE_primary, _p);
		int _la;
		try {
			int _alt;
			enterOuterAlt(_localctx, 1);
			{
			setState(428);
			_errHandler.sync(this);
			switch (_input.LA(1)) {
			case COUNT:
				{
				_localctx = new CountContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;

				setState(369);
				match(COUNT);
				setState(370);
				match(LPAREN);
				setState(371);
				((CountContext)_localctx).var = ident();
				setState(372);
				match(IN);
				setState(373);
				((CountContext)_localctx).list = additive(0);
				setState(376);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==WHERE) {
					{
					setState(374);
					match(WHERE);
					setState(375);
					((CountContext)_localctx).filter = expr(0);
					}
				}

				setState(378);
				match(RPAREN);
				}
				break;
			case UNIQUE:
				{
				_localctx = new UniqueContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;
				setState(380);
				match(UNIQUE);
				setState(381);
				match(LPAREN);
				setState(382);
				((UniqueContext)_localctx).var = ident();
				setState(383);
				match(IN);
				setState(384);
				((UniqueContext)_localctx).list = additive(0);
				setState(387);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==WHERE) {
					{
					setState(385);
					match(WHERE);
					setState(386);
					((UniqueContext)_localctx).filter = expr(0);
					}
				}

				setState(389);
				match(COLON);
				setState(390);
				((UniqueContext)_localctx).key = expr(0);
				setState(391);
				match(RPAREN);
				}
				break;
			case WAIVED:
				{
				_localctx = new WaivedContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;
				setState(393);
				match(WAIVED);
				setState(394);
				((WaivedContext)_localctx).name = ident();
				setState(395);
				match(FOR);
				setState(396);
				((WaivedContext)_localctx).subject = additive(0);
				}
				break;
			case ANSWER:
				{
				_localctx = new AnswerOfContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;
				setState(398);
				match(ANSWER);
				setState(399);
				match(LPAREN);
				setState(400);
				((AnswerOfContext)_localctx).clause = match(STRING);
				setState(401);
				match(RPAREN);
				}
				break;
			case ASOF:
				{
				_localctx = new AsOfContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;
				setState(402);
				match(ASOF);
				}
				break;
			case SCHEMA:
			case EDITION:
			case DOCUMENT:
			case RECORD:
			case ORDERED:
			case ROOT:
			case LIST:
			case TITLE:
			case PUBLISHER:
			case PUBLISHED:
			case SOURCE:
			case EVIDENCE:
			case STATUS:
			case VOLUME:
			case CHAPTER:
			case SECTION:
			case LEVEL:
			case AUDIENCE:
			case TARGETS:
			case PAGE:
			case NOTE:
			case SUMMARY:
			case CITES:
			case APPLIES:
			case WHEN:
			case CHECK:
			case AUTOMATED:
			case QUESTION:
			case REVIEW:
			case ASK:
			case WAIVER:
			case IDENT:
				{
				_localctx = new NameContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;
				setState(403);
				((NameContext)_localctx).name = ident();
				}
				break;
			case LBRACK:
				{
				_localctx = new ListLiteralContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;
				setState(404);
				match(LBRACK);
				setState(413);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if ((((_la) & ~0x3f) == 0 && ((1L << _la) & 5491862806086549342L) != 0) || ((((_la - 64)) & ~0x3f) == 0 && ((1L << (_la - 64)) & 2031617L) != 0)) {
					{
					setState(405);
					expr(0);
					setState(410);
					_errHandler.sync(this);
					_alt = getInterpreter().adaptivePredict(_input,38,_ctx);
					while ( _alt!=2 && _alt!=org.antlr.v4.runtime.atn.ATN.INVALID_ALT_NUMBER ) {
						if ( _alt==1 ) {
							{
							{
							setState(406);
							match(COMMA);
							setState(407);
							expr(0);
							}
							} 
						}
						setState(412);
						_errHandler.sync(this);
						_alt = getInterpreter().adaptivePredict(_input,38,_ctx);
					}
					}
				}

				setState(416);
				_errHandler.sync(this);
				_la = _input.LA(1);
				if (_la==COMMA) {
					{
					setState(415);
					match(COMMA);
					}
				}

				setState(418);
				match(RBRACK);
				}
				break;
			case STRING:
				{
				_localctx = new StringLiteralContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;
				setState(419);
				match(STRING);
				}
				break;
			case INTEGER:
				{
				_localctx = new IntegerLiteralContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;
				setState(420);
				match(INTEGER);
				}
				break;
			case DECIMAL:
				{
				_localctx = new DecimalLiteralContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;
				setState(421);
				match(DECIMAL);
				}
				break;
			case DATE:
				{
				_localctx = new DateLiteralContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;
				setState(422);
				match(DATE);
				}
				break;
			case TRUE:
			case FALSE:
				{
				_localctx = new BooleanLiteralContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;
				setState(423);
				((BooleanLiteralContext)_localctx).value = _input.LT(1);
				_la = _input.LA(1);
				if ( !(_la==TRUE || _la==FALSE) ) {
					((BooleanLiteralContext)_localctx).value = (Token)_errHandler.recoverInline(this);
				}
				else {
					if ( _input.LA(1)==Token.EOF ) matchedEOF = true;
					_errHandler.reportMatch(this);
					consume();
				}
				}
				break;
			case LPAREN:
				{
				_localctx = new ParenthesizedContext(_localctx);
				_ctx = _localctx;
				_prevctx = _localctx;
				setState(424);
				match(LPAREN);
				setState(425);
				((ParenthesizedContext)_localctx).inner = expr(0);
				setState(426);
				match(RPAREN);
				}
				break;
			default:
				throw new NoViableAltException(this);
			}
			_ctx.stop = _input.LT(-1);
			setState(435);
			_errHandler.sync(this);
			_alt = getInterpreter().adaptivePredict(_input,42,_ctx);
			while ( _alt!=2 && _alt!=org.antlr.v4.runtime.atn.ATN.INVALID_ALT_NUMBER ) {
				if ( _alt==1 ) {
					if ( _parseListeners!=null ) triggerExitRuleEvent();
					_prevctx = _localctx;
					{
					{
					_localctx = new FieldAccessContext(new PrimaryContext(_parentctx, _parentState));
					((FieldAccessContext)_localctx).target = _prevctx;
					pushNewRecursionContext(_localctx, _startState, RULE_primary);
					setState(430);
					if (!(precpred(_ctx, 9))) throw new FailedPredicateException(this, "precpred(_ctx, 9)");
					setState(431);
					match(DOT);
					setState(432);
					((FieldAccessContext)_localctx).field = ident();
					}
					} 
				}
				setState(437);
				_errHandler.sync(this);
				_alt = getInterpreter().adaptivePredict(_input,42,_ctx);
			}
			}
		}
		catch (RecognitionException re) {
			_localctx.exception = re;
			_errHandler.reportError(this, re);
			_errHandler.recover(this, re);
		}
		finally {
			unrollRecursionContexts(_parentctx);
		}
		return _localctx;
	}

	public boolean sempred(RuleContext _localctx, int ruleIndex, int predIndex) {
		switch (ruleIndex) {
		case 5:
			return type_sempred((TypeContext)_localctx, predIndex);
		case 20:
			return expr_sempred((ExprContext)_localctx, predIndex);
		case 21:
			return additive_sempred((AdditiveContext)_localctx, predIndex);
		case 22:
			return primary_sempred((PrimaryContext)_localctx, predIndex);
		}
		return true;
	}
	private boolean type_sempred(TypeContext _localctx, int predIndex) {
		switch (predIndex) {
		case 0:
			return precpred(_ctx, 1);
		}
		return true;
	}
	private boolean expr_sempred(ExprContext _localctx, int predIndex) {
		switch (predIndex) {
		case 1:
			return precpred(_ctx, 4);
		case 2:
			return precpred(_ctx, 3);
		case 3:
			return precpred(_ctx, 2);
		}
		return true;
	}
	private boolean additive_sempred(AdditiveContext _localctx, int predIndex) {
		switch (predIndex) {
		case 4:
			return precpred(_ctx, 2);
		}
		return true;
	}
	private boolean primary_sempred(PrimaryContext _localctx, int predIndex) {
		switch (predIndex) {
		case 5:
			return precpred(_ctx, 9);
		}
		return true;
	}

	public static final String _serializedATN =
		"\u0004\u0001Y\u01b7\u0002\u0000\u0007\u0000\u0002\u0001\u0007\u0001\u0002"+
		"\u0002\u0007\u0002\u0002\u0003\u0007\u0003\u0002\u0004\u0007\u0004\u0002"+
		"\u0005\u0007\u0005\u0002\u0006\u0007\u0006\u0002\u0007\u0007\u0007\u0002"+
		"\b\u0007\b\u0002\t\u0007\t\u0002\n\u0007\n\u0002\u000b\u0007\u000b\u0002"+
		"\f\u0007\f\u0002\r\u0007\r\u0002\u000e\u0007\u000e\u0002\u000f\u0007\u000f"+
		"\u0002\u0010\u0007\u0010\u0002\u0011\u0007\u0011\u0002\u0012\u0007\u0012"+
		"\u0002\u0013\u0007\u0013\u0002\u0014\u0007\u0014\u0002\u0015\u0007\u0015"+
		"\u0002\u0016\u0007\u0016\u0001\u0000\u0001\u0000\u0005\u00001\b\u0000"+
		"\n\u0000\f\u00004\t\u0000\u0001\u0000\u0001\u0000\u0001\u0001\u0001\u0001"+
		"\u0001\u0001\u0003\u0001;\b\u0001\u0001\u0001\u0001\u0001\u0001\u0001"+
		"\u0003\u0001@\b\u0001\u0003\u0001B\b\u0001\u0001\u0002\u0001\u0002\u0001"+
		"\u0002\u0001\u0002\u0001\u0002\u0001\u0002\u0001\u0002\u0003\u0002K\b"+
		"\u0002\u0001\u0003\u0001\u0003\u0001\u0003\u0001\u0003\u0005\u0003Q\b"+
		"\u0003\n\u0003\f\u0003T\t\u0003\u0001\u0003\u0001\u0003\u0001\u0004\u0001"+
		"\u0004\u0001\u0004\u0001\u0004\u0003\u0004\\\b\u0004\u0001\u0005\u0001"+
		"\u0005\u0001\u0005\u0001\u0005\u0001\u0005\u0001\u0005\u0001\u0005\u0003"+
		"\u0005e\b\u0005\u0001\u0005\u0001\u0005\u0005\u0005i\b\u0005\n\u0005\f"+
		"\u0005l\t\u0005\u0001\u0006\u0003\u0006o\b\u0006\u0001\u0006\u0001\u0006"+
		"\u0001\u0006\u0001\u0006\u0001\u0006\u0001\u0006\u0005\u0006w\b\u0006"+
		"\n\u0006\f\u0006z\t\u0006\u0001\u0006\u0003\u0006}\b\u0006\u0001\u0006"+
		"\u0001\u0006\u0001\u0007\u0001\u0007\u0003\u0007\u0083\b\u0007\u0001\b"+
		"\u0001\b\u0001\b\u0001\b\u0001\b\u0001\b\u0001\b\u0001\t\u0001\t\u0001"+
		"\t\u0001\n\u0001\n\u0001\n\u0005\n\u0092\b\n\n\n\f\n\u0095\t\n\u0001\n"+
		"\u0001\n\u0001\u000b\u0001\u000b\u0001\u000b\u0001\u000b\u0001\u000b\u0001"+
		"\u000b\u0001\u000b\u0001\u000b\u0001\u000b\u0001\u000b\u0001\u000b\u0003"+
		"\u000b\u00a4\b\u000b\u0001\f\u0001\f\u0004\f\u00a8\b\f\u000b\f\f\f\u00a9"+
		"\u0001\r\u0001\r\u0001\r\u0003\r\u00af\b\r\u0001\u000e\u0001\u000e\u0001"+
		"\u000e\u0001\u000e\u0003\u000e\u00b5\b\u000e\u0001\u000e\u0001\u000e\u0005"+
		"\u000e\u00b9\b\u000e\n\u000e\f\u000e\u00bc\t\u000e\u0001\u000e\u0001\u000e"+
		"\u0001\u000f\u0001\u000f\u0001\u000f\u0001\u000f\u0001\u000f\u0001\u000f"+
		"\u0003\u000f\u00c6\b\u000f\u0001\u0010\u0001\u0010\u0001\u0010\u0001\u0010"+
		"\u0005\u0010\u00cc\b\u0010\n\u0010\f\u0010\u00cf\t\u0010\u0001\u0010\u0001"+
		"\u0010\u0001\u0011\u0001\u0011\u0001\u0011\u0001\u0011\u0001\u0011\u0001"+
		"\u0011\u0001\u0011\u0001\u0011\u0005\u0011\u00db\b\u0011\n\u0011\f\u0011"+
		"\u00de\t\u0011\u0001\u0011\u0001\u0011\u0001\u0011\u0001\u0011\u0005\u0011"+
		"\u00e4\b\u0011\n\u0011\f\u0011\u00e7\t\u0011\u0001\u0011\u0001\u0011\u0001"+
		"\u0011\u0001\u0011\u0001\u0011\u0003\u0011\u00ee\b\u0011\u0001\u0011\u0001"+
		"\u0011\u0003\u0011\u00f2\b\u0011\u0001\u0011\u0001\u0011\u0001\u0011\u0001"+
		"\u0011\u0001\u0011\u0001\u0011\u0001\u0011\u0005\u0011\u00fb\b\u0011\n"+
		"\u0011\f\u0011\u00fe\t\u0011\u0001\u0011\u0001\u0011\u0001\u0011\u0001"+
		"\u0011\u0001\u0011\u0001\u0011\u0001\u0011\u0001\u0011\u0001\u0011\u0001"+
		"\u0011\u0001\u0011\u0001\u0011\u0001\u0011\u0001\u0011\u0001\u0011\u0001"+
		"\u0011\u0005\u0011\u0110\b\u0011\n\u0011\f\u0011\u0113\t\u0011\u0001\u0011"+
		"\u0001\u0011\u0001\u0011\u0001\u0011\u0001\u0011\u0001\u0011\u0001\u0011"+
		"\u0001\u0011\u0001\u0011\u0001\u0011\u0005\u0011\u011f\b\u0011\n\u0011"+
		"\f\u0011\u0122\t\u0011\u0001\u0011\u0001\u0011\u0003\u0011\u0126\b\u0011"+
		"\u0001\u0012\u0001\u0012\u0001\u0012\u0005\u0012\u012b\b\u0012\n\u0012"+
		"\f\u0012\u012e\t\u0012\u0001\u0013\u0001\u0013\u0001\u0014\u0001\u0014"+
		"\u0001\u0014\u0001\u0014\u0001\u0014\u0001\u0014\u0001\u0014\u0003\u0014"+
		"\u0139\b\u0014\u0001\u0014\u0001\u0014\u0001\u0014\u0001\u0014\u0001\u0014"+
		"\u0001\u0014\u0001\u0014\u0001\u0014\u0001\u0014\u0001\u0014\u0001\u0014"+
		"\u0001\u0014\u0001\u0014\u0001\u0014\u0001\u0014\u0001\u0014\u0001\u0014"+
		"\u0001\u0014\u0001\u0014\u0001\u0014\u0001\u0014\u0003\u0014\u0150\b\u0014"+
		"\u0001\u0014\u0001\u0014\u0001\u0014\u0003\u0014\u0155\b\u0014\u0001\u0014"+
		"\u0001\u0014\u0001\u0014\u0001\u0014\u0001\u0014\u0001\u0014\u0001\u0014"+
		"\u0001\u0014\u0001\u0014\u0005\u0014\u0160\b\u0014\n\u0014\f\u0014\u0163"+
		"\t\u0014\u0001\u0015\u0001\u0015\u0001\u0015\u0001\u0015\u0001\u0015\u0001"+
		"\u0015\u0001\u0015\u0005\u0015\u016c\b\u0015\n\u0015\f\u0015\u016f\t\u0015"+
		"\u0001\u0016\u0001\u0016\u0001\u0016\u0001\u0016\u0001\u0016\u0001\u0016"+
		"\u0001\u0016\u0001\u0016\u0003\u0016\u0179\b\u0016\u0001\u0016\u0001\u0016"+
		"\u0001\u0016\u0001\u0016\u0001\u0016\u0001\u0016\u0001\u0016\u0001\u0016"+
		"\u0001\u0016\u0003\u0016\u0184\b\u0016\u0001\u0016\u0001\u0016\u0001\u0016"+
		"\u0001\u0016\u0001\u0016\u0001\u0016\u0001\u0016\u0001\u0016\u0001\u0016"+
		"\u0001\u0016\u0001\u0016\u0001\u0016\u0001\u0016\u0001\u0016\u0001\u0016"+
		"\u0001\u0016\u0001\u0016\u0001\u0016\u0001\u0016\u0005\u0016\u0199\b\u0016"+
		"\n\u0016\f\u0016\u019c\t\u0016\u0003\u0016\u019e\b\u0016\u0001\u0016\u0003"+
		"\u0016\u01a1\b\u0016\u0001\u0016\u0001\u0016\u0001\u0016\u0001\u0016\u0001"+
		"\u0016\u0001\u0016\u0001\u0016\u0001\u0016\u0001\u0016\u0001\u0016\u0003"+
		"\u0016\u01ad\b\u0016\u0001\u0016\u0001\u0016\u0001\u0016\u0005\u0016\u01b2"+
		"\b\u0016\n\u0016\f\u0016\u01b5\t\u0016\u0001\u0016\u0000\u0004\n(*,\u0017"+
		"\u0000\u0002\u0004\u0006\b\n\f\u000e\u0010\u0012\u0014\u0016\u0018\u001a"+
		"\u001c\u001e \"$&(*,\u0000\b\u0001\u0000\u0010\u0012\u0005\u0000\u0001"+
		"\u0004\u0006\u0006\b\u0012\u0014\"SS\u0001\u0000GL\u0001\u0000./\u0001"+
		"\u0000#$\u0001\u0000NO\u0001\u000069\u0001\u0000:;\u01f1\u0000.\u0001"+
		"\u0000\u0000\u0000\u0002A\u0001\u0000\u0000\u0000\u0004J\u0001\u0000\u0000"+
		"\u0000\u0006L\u0001\u0000\u0000\u0000\bW\u0001\u0000\u0000\u0000\nd\u0001"+
		"\u0000\u0000\u0000\fn\u0001\u0000\u0000\u0000\u000e\u0080\u0001\u0000"+
		"\u0000\u0000\u0010\u0084\u0001\u0000\u0000\u0000\u0012\u008b\u0001\u0000"+
		"\u0000\u0000\u0014\u008e\u0001\u0000\u0000\u0000\u0016\u00a3\u0001\u0000"+
		"\u0000\u0000\u0018\u00a7\u0001\u0000\u0000\u0000\u001a\u00ab\u0001\u0000"+
		"\u0000\u0000\u001c\u00b0\u0001\u0000\u0000\u0000\u001e\u00c5\u0001\u0000"+
		"\u0000\u0000 \u00c7\u0001\u0000\u0000\u0000\"\u0125\u0001\u0000\u0000"+
		"\u0000$\u0127\u0001\u0000\u0000\u0000&\u012f\u0001\u0000\u0000\u0000("+
		"\u0154\u0001\u0000\u0000\u0000*\u0164\u0001\u0000\u0000\u0000,\u01ac\u0001"+
		"\u0000\u0000\u0000.2\u0003\u0002\u0001\u0000/1\u0003\u0004\u0002\u0000"+
		"0/\u0001\u0000\u0000\u000014\u0001\u0000\u0000\u000020\u0001\u0000\u0000"+
		"\u000023\u0001\u0000\u0000\u000035\u0001\u0000\u0000\u000042\u0001\u0000"+
		"\u0000\u000056\u0005\u0000\u0000\u00016\u0001\u0001\u0000\u0000\u0000"+
		"78\u0005\u0001\u0000\u00008:\u0005T\u0000\u00009;\u0005C\u0000\u0000:"+
		"9\u0001\u0000\u0000\u0000:;\u0001\u0000\u0000\u0000;B\u0001\u0000\u0000"+
		"\u0000<=\u0005\u0002\u0000\u0000=?\u0005T\u0000\u0000>@\u0005C\u0000\u0000"+
		"?>\u0001\u0000\u0000\u0000?@\u0001\u0000\u0000\u0000@B\u0001\u0000\u0000"+
		"\u0000A7\u0001\u0000\u0000\u0000A<\u0001\u0000\u0000\u0000B\u0003\u0001"+
		"\u0000\u0000\u0000CK\u0003\u0014\n\u0000DK\u0003\u0006\u0003\u0000EK\u0003"+
		"\f\u0006\u0000FK\u0003\u0010\b\u0000GK\u0003\u0012\t\u0000HK\u0003\u001c"+
		"\u000e\u0000IK\u0003 \u0010\u0000JC\u0001\u0000\u0000\u0000JD\u0001\u0000"+
		"\u0000\u0000JE\u0001\u0000\u0000\u0000JF\u0001\u0000\u0000\u0000JG\u0001"+
		"\u0000\u0000\u0000JH\u0001\u0000\u0000\u0000JI\u0001\u0000\u0000\u0000"+
		"K\u0005\u0001\u0000\u0000\u0000LM\u0005\u0004\u0000\u0000MN\u0003&\u0013"+
		"\u0000NR\u0005<\u0000\u0000OQ\u0003\b\u0004\u0000PO\u0001\u0000\u0000"+
		"\u0000QT\u0001\u0000\u0000\u0000RP\u0001\u0000\u0000\u0000RS\u0001\u0000"+
		"\u0000\u0000SU\u0001\u0000\u0000\u0000TR\u0001\u0000\u0000\u0000UV\u0005"+
		"=\u0000\u0000V\u0007\u0001\u0000\u0000\u0000WX\u0003&\u0013\u0000XY\u0005"+
		"B\u0000\u0000Y[\u0003\n\u0005\u0000Z\\\u0005D\u0000\u0000[Z\u0001\u0000"+
		"\u0000\u0000[\\\u0001\u0000\u0000\u0000\\\t\u0001\u0000\u0000\u0000]^"+
		"\u0006\u0005\uffff\uffff\u0000^_\u0005\t\u0000\u0000_`\u0005K\u0000\u0000"+
		"`a\u0003\n\u0005\u0000ab\u0005L\u0000\u0000be\u0001\u0000\u0000\u0000"+
		"ce\u0003&\u0013\u0000d]\u0001\u0000\u0000\u0000dc\u0001\u0000\u0000\u0000"+
		"ej\u0001\u0000\u0000\u0000fg\n\u0001\u0000\u0000gi\u0005F\u0000\u0000"+
		"hf\u0001\u0000\u0000\u0000il\u0001\u0000\u0000\u0000jh\u0001\u0000\u0000"+
		"\u0000jk\u0001\u0000\u0000\u0000k\u000b\u0001\u0000\u0000\u0000lj\u0001"+
		"\u0000\u0000\u0000mo\u0005\u0006\u0000\u0000nm\u0001\u0000\u0000\u0000"+
		"no\u0001\u0000\u0000\u0000op\u0001\u0000\u0000\u0000pq\u0005\u0005\u0000"+
		"\u0000qr\u0003&\u0013\u0000rs\u0005<\u0000\u0000sx\u0003\u000e\u0007\u0000"+
		"tu\u0005D\u0000\u0000uw\u0003\u000e\u0007\u0000vt\u0001\u0000\u0000\u0000"+
		"wz\u0001\u0000\u0000\u0000xv\u0001\u0000\u0000\u0000xy\u0001\u0000\u0000"+
		"\u0000y|\u0001\u0000\u0000\u0000zx\u0001\u0000\u0000\u0000{}\u0005D\u0000"+
		"\u0000|{\u0001\u0000\u0000\u0000|}\u0001\u0000\u0000\u0000}~\u0001\u0000"+
		"\u0000\u0000~\u007f\u0005=\u0000\u0000\u007f\r\u0001\u0000\u0000\u0000"+
		"\u0080\u0082\u0003&\u0013\u0000\u0081\u0083\u0005T\u0000\u0000\u0082\u0081"+
		"\u0001\u0000\u0000\u0000\u0082\u0083\u0001\u0000\u0000\u0000\u0083\u000f"+
		"\u0001\u0000\u0000\u0000\u0084\u0085\u0005\u0007\u0000\u0000\u0085\u0086"+
		"\u0003&\u0013\u0000\u0086\u0087\u0005B\u0000\u0000\u0087\u0088\u0003\n"+
		"\u0005\u0000\u0088\u0089\u0005M\u0000\u0000\u0089\u008a\u0003(\u0014\u0000"+
		"\u008a\u0011\u0001\u0000\u0000\u0000\u008b\u008c\u0005\b\u0000\u0000\u008c"+
		"\u008d\u0003&\u0013\u0000\u008d\u0013\u0001\u0000\u0000\u0000\u008e\u008f"+
		"\u0005\u0003\u0000\u0000\u008f\u0093\u0005<\u0000\u0000\u0090\u0092\u0003"+
		"\u0016\u000b\u0000\u0091\u0090\u0001\u0000\u0000\u0000\u0092\u0095\u0001"+
		"\u0000\u0000\u0000\u0093\u0091\u0001\u0000\u0000\u0000\u0093\u0094\u0001"+
		"\u0000\u0000\u0000\u0094\u0096\u0001\u0000\u0000\u0000\u0095\u0093\u0001"+
		"\u0000\u0000\u0000\u0096\u0097\u0005=\u0000\u0000\u0097\u0015\u0001\u0000"+
		"\u0000\u0000\u0098\u0099\u0005\n\u0000\u0000\u0099\u00a4\u0003\u0018\f"+
		"\u0000\u009a\u009b\u0005\u000b\u0000\u0000\u009b\u00a4\u0005T\u0000\u0000"+
		"\u009c\u009d\u0005\f\u0000\u0000\u009d\u00a4\u0005P\u0000\u0000\u009e"+
		"\u009f\u0005\r\u0000\u0000\u009f\u00a4\u0005T\u0000\u0000\u00a0\u00a1"+
		"\u0005\u000e\u0000\u0000\u00a1\u00a4\u0005T\u0000\u0000\u00a2\u00a4\u0003"+
		"\u001a\r\u0000\u00a3\u0098\u0001\u0000\u0000\u0000\u00a3\u009a\u0001\u0000"+
		"\u0000\u0000\u00a3\u009c\u0001\u0000\u0000\u0000\u00a3\u009e\u0001\u0000"+
		"\u0000\u0000\u00a3\u00a0\u0001\u0000\u0000\u0000\u00a3\u00a2\u0001\u0000"+
		"\u0000\u0000\u00a4\u0017\u0001\u0000\u0000\u0000\u00a5\u00a6\u0005S\u0000"+
		"\u0000\u00a6\u00a8\u0005T\u0000\u0000\u00a7\u00a5\u0001\u0000\u0000\u0000"+
		"\u00a8\u00a9\u0001\u0000\u0000\u0000\u00a9\u00a7\u0001\u0000\u0000\u0000"+
		"\u00a9\u00aa\u0001\u0000\u0000\u0000\u00aa\u0019\u0001\u0000\u0000\u0000"+
		"\u00ab\u00ac\u0005\u000f\u0000\u0000\u00ac\u00ae\u0003$\u0012\u0000\u00ad"+
		"\u00af\u0005T\u0000\u0000\u00ae\u00ad\u0001\u0000\u0000\u0000\u00ae\u00af"+
		"\u0001\u0000\u0000\u0000\u00af\u001b\u0001\u0000\u0000\u0000\u00b0\u00b1"+
		"\u0007\u0000\u0000\u0000\u00b1\u00b4\u0005T\u0000\u0000\u00b2\u00b3\u0005"+
		"\n\u0000\u0000\u00b3\u00b5\u0003\u0018\f\u0000\u00b4\u00b2\u0001\u0000"+
		"\u0000\u0000\u00b4\u00b5\u0001\u0000\u0000\u0000\u00b5\u00b6\u0001\u0000"+
		"\u0000\u0000\u00b6\u00ba\u0005<\u0000\u0000\u00b7\u00b9\u0003\u001e\u000f"+
		"\u0000\u00b8\u00b7\u0001\u0000\u0000\u0000\u00b9\u00bc\u0001\u0000\u0000"+
		"\u0000\u00ba\u00b8\u0001\u0000\u0000\u0000\u00ba\u00bb\u0001\u0000\u0000"+
		"\u0000\u00bb\u00bd\u0001\u0000\u0000\u0000\u00bc\u00ba\u0001\u0000\u0000"+
		"\u0000\u00bd\u00be\u0005=\u0000\u0000\u00be\u001d\u0001\u0000\u0000\u0000"+
		"\u00bf\u00c6\u0003\u001a\r\u0000\u00c0\u00c1\u0005\u001b\u0000\u0000\u00c1"+
		"\u00c2\u0005\u001c\u0000\u0000\u00c2\u00c6\u0003(\u0014\u0000\u00c3\u00c6"+
		"\u0003\u001c\u000e\u0000\u00c4\u00c6\u0003 \u0010\u0000\u00c5\u00bf\u0001"+
		"\u0000\u0000\u0000\u00c5\u00c0\u0001\u0000\u0000\u0000\u00c5\u00c3\u0001"+
		"\u0000\u0000\u0000\u00c5\u00c4\u0001\u0000\u0000\u0000\u00c6\u001f\u0001"+
		"\u0000\u0000\u0000\u00c7\u00c8\u0005\u0013\u0000\u0000\u00c8\u00c9\u0005"+
		"T\u0000\u0000\u00c9\u00cd\u0005<\u0000\u0000\u00ca\u00cc\u0003\"\u0011"+
		"\u0000\u00cb\u00ca\u0001\u0000\u0000\u0000\u00cc\u00cf\u0001\u0000\u0000"+
		"\u0000\u00cd\u00cb\u0001\u0000\u0000\u0000\u00cd\u00ce\u0001\u0000\u0000"+
		"\u0000\u00ce\u00d0\u0001\u0000\u0000\u0000\u00cf\u00cd\u0001\u0000\u0000"+
		"\u0000\u00d0\u00d1\u0005=\u0000\u0000\u00d1!\u0001\u0000\u0000\u0000\u00d2"+
		"\u00d3\u0005\n\u0000\u0000\u00d3\u0126\u0003\u0018\f\u0000\u00d4\u00d5"+
		"\u0005\u0014\u0000\u0000\u00d5\u0126\u0003$\u0012\u0000\u00d6\u00d7\u0005"+
		"\u0015\u0000\u0000\u00d7\u00dc\u0003$\u0012\u0000\u00d8\u00d9\u0005D\u0000"+
		"\u0000\u00d9\u00db\u0003$\u0012\u0000\u00da\u00d8\u0001\u0000\u0000\u0000"+
		"\u00db\u00de\u0001\u0000\u0000\u0000\u00dc\u00da\u0001\u0000\u0000\u0000"+
		"\u00dc\u00dd\u0001\u0000\u0000\u0000\u00dd\u0126\u0001\u0000\u0000\u0000"+
		"\u00de\u00dc\u0001\u0000\u0000\u0000\u00df\u00e0\u0005\u0016\u0000\u0000"+
		"\u00e0\u00e5\u0003$\u0012\u0000\u00e1\u00e2\u0005D\u0000\u0000\u00e2\u00e4"+
		"\u0003$\u0012\u0000\u00e3\u00e1\u0001\u0000\u0000\u0000\u00e4\u00e7\u0001"+
		"\u0000\u0000\u0000\u00e5\u00e3\u0001\u0000\u0000\u0000\u00e5\u00e6\u0001"+
		"\u0000\u0000\u0000\u00e6\u0126\u0001\u0000\u0000\u0000\u00e7\u00e5\u0001"+
		"\u0000\u0000\u0000\u00e8\u0126\u0003\u001a\r\u0000\u00e9\u00ea\u0005\r"+
		"\u0000\u0000\u00ea\u00ed\u0005T\u0000\u0000\u00eb\u00ec\u0005\u0017\u0000"+
		"\u0000\u00ec\u00ee\u0005T\u0000\u0000\u00ed\u00eb\u0001\u0000\u0000\u0000"+
		"\u00ed\u00ee\u0001\u0000\u0000\u0000\u00ee\u00f1\u0001\u0000\u0000\u0000"+
		"\u00ef\u00f0\u0005\u0018\u0000\u0000\u00f0\u00f2\u0005T\u0000\u0000\u00f1"+
		"\u00ef\u0001\u0000\u0000\u0000\u00f1\u00f2\u0001\u0000\u0000\u0000\u00f2"+
		"\u0126\u0001\u0000\u0000\u0000\u00f3\u00f4\u0005\u0019\u0000\u0000\u00f4"+
		"\u00f5\u0005S\u0000\u0000\u00f5\u0126\u0005T\u0000\u0000\u00f6\u00f7\u0005"+
		"\u001a\u0000\u0000\u00f7\u00fc\u0005T\u0000\u0000\u00f8\u00f9\u0005D\u0000"+
		"\u0000\u00f9\u00fb\u0005T\u0000\u0000\u00fa\u00f8\u0001\u0000\u0000\u0000"+
		"\u00fb\u00fe\u0001\u0000\u0000\u0000\u00fc\u00fa\u0001\u0000\u0000\u0000"+
		"\u00fc\u00fd\u0001\u0000\u0000\u0000\u00fd\u0126\u0001\u0000\u0000\u0000"+
		"\u00fe\u00fc\u0001\u0000\u0000\u0000\u00ff\u0100\u0005\u001b\u0000\u0000"+
		"\u0100\u0101\u0005\u001c\u0000\u0000\u0101\u0126\u0003(\u0014\u0000\u0102"+
		"\u0103\u0005\u001d\u0000\u0000\u0103\u0104\u0005\u001e\u0000\u0000\u0104"+
		"\u0105\u0005T\u0000\u0000\u0105\u0106\u0005<\u0000\u0000\u0106\u0107\u0003"+
		"(\u0014\u0000\u0107\u0108\u0005=\u0000\u0000\u0108\u0126\u0001\u0000\u0000"+
		"\u0000\u0109\u010a\u0005\u001d\u0000\u0000\u010a\u010b\u0005\u001f\u0000"+
		"\u0000\u010b\u0111\u0005<\u0000\u0000\u010c\u010d\u0005!\u0000\u0000\u010d"+
		"\u010e\u0005S\u0000\u0000\u010e\u0110\u0005T\u0000\u0000\u010f\u010c\u0001"+
		"\u0000\u0000\u0000\u0110\u0113\u0001\u0000\u0000\u0000\u0111\u010f\u0001"+
		"\u0000\u0000\u0000\u0111\u0112\u0001\u0000\u0000\u0000\u0112\u0114\u0001"+
		"\u0000\u0000\u0000\u0113\u0111\u0001\u0000\u0000\u0000\u0114\u0126\u0005"+
		"=\u0000\u0000\u0115\u0116\u0005\u001d\u0000\u0000\u0116\u0117\u0005 \u0000"+
		"\u0000\u0117\u0126\u0005T\u0000\u0000\u0118\u0119\u0005\"\u0000\u0000"+
		"\u0119\u011a\u0003&\u0013\u0000\u011a\u0120\u0005<\u0000\u0000\u011b\u011c"+
		"\u0005\u0019\u0000\u0000\u011c\u011d\u0005S\u0000\u0000\u011d\u011f\u0005"+
		"T\u0000\u0000\u011e\u011b\u0001\u0000\u0000\u0000\u011f\u0122\u0001\u0000"+
		"\u0000\u0000\u0120\u011e\u0001\u0000\u0000\u0000\u0120\u0121\u0001\u0000"+
		"\u0000\u0000\u0121\u0123\u0001\u0000\u0000\u0000\u0122\u0120\u0001\u0000"+
		"\u0000\u0000\u0123\u0124\u0005=\u0000\u0000\u0124\u0126\u0001\u0000\u0000"+
		"\u0000\u0125\u00d2\u0001\u0000\u0000\u0000\u0125\u00d4\u0001\u0000\u0000"+
		"\u0000\u0125\u00d6\u0001\u0000\u0000\u0000\u0125\u00df\u0001\u0000\u0000"+
		"\u0000\u0125\u00e8\u0001\u0000\u0000\u0000\u0125\u00e9\u0001\u0000\u0000"+
		"\u0000\u0125\u00f3\u0001\u0000\u0000\u0000\u0125\u00f6\u0001\u0000\u0000"+
		"\u0000\u0125\u00ff\u0001\u0000\u0000\u0000\u0125\u0102\u0001\u0000\u0000"+
		"\u0000\u0125\u0109\u0001\u0000\u0000\u0000\u0125\u0115\u0001\u0000\u0000"+
		"\u0000\u0125\u0118\u0001\u0000\u0000\u0000\u0126#\u0001\u0000\u0000\u0000"+
		"\u0127\u012c\u0003&\u0013\u0000\u0128\u0129\u0005O\u0000\u0000\u0129\u012b"+
		"\u0003&\u0013\u0000\u012a\u0128\u0001\u0000\u0000\u0000\u012b\u012e\u0001"+
		"\u0000\u0000\u0000\u012c\u012a\u0001\u0000\u0000\u0000\u012c\u012d\u0001"+
		"\u0000\u0000\u0000\u012d%\u0001\u0000\u0000\u0000\u012e\u012c\u0001\u0000"+
		"\u0000\u0000\u012f\u0130\u0007\u0001\u0000\u0000\u0130\'\u0001\u0000\u0000"+
		"\u0000\u0131\u0132\u0006\u0014\uffff\uffff\u0000\u0132\u0133\u0003*\u0015"+
		"\u0000\u0133\u0134\u0007\u0002\u0000\u0000\u0134\u0135\u0003*\u0015\u0000"+
		"\u0135\u0155\u0001\u0000\u0000\u0000\u0136\u0138\u0003*\u0015\u0000\u0137"+
		"\u0139\u0005*\u0000\u0000\u0138\u0137\u0001\u0000\u0000\u0000\u0138\u0139"+
		"\u0001\u0000\u0000\u0000\u0139\u013a\u0001\u0000\u0000\u0000\u013a\u013b"+
		"\u0005%\u0000\u0000\u013b\u013c\u0003*\u0015\u0000\u013c\u0155\u0001\u0000"+
		"\u0000\u0000\u013d\u013e\u0003*\u0015\u0000\u013e\u013f\u0005+\u0000\u0000"+
		"\u013f\u0140\u0005,\u0000\u0000\u0140\u0141\u0003*\u0015\u0000\u0141\u0155"+
		"\u0001\u0000\u0000\u0000\u0142\u0143\u0003*\u0015\u0000\u0143\u0144\u0005"+
		"-\u0000\u0000\u0144\u0145\u0007\u0003\u0000\u0000\u0145\u0155\u0001\u0000"+
		"\u0000\u0000\u0146\u0155\u0003*\u0015\u0000\u0147\u0148\u0005*\u0000\u0000"+
		"\u0148\u0155\u0003(\u0014\u0005\u0149\u014a\u0007\u0004\u0000\u0000\u014a"+
		"\u014b\u0003&\u0013\u0000\u014b\u014c\u0005%\u0000\u0000\u014c\u014f\u0003"+
		"*\u0015\u0000\u014d\u014e\u0005&\u0000\u0000\u014e\u0150\u0003(\u0014"+
		"\u0000\u014f\u014d\u0001\u0000\u0000\u0000\u014f\u0150\u0001\u0000\u0000"+
		"\u0000\u0150\u0151\u0001\u0000\u0000\u0000\u0151\u0152\u0005B\u0000\u0000"+
		"\u0152\u0153\u0003(\u0014\u0001\u0153\u0155\u0001\u0000\u0000\u0000\u0154"+
		"\u0131\u0001\u0000\u0000\u0000\u0154\u0136\u0001\u0000\u0000\u0000\u0154"+
		"\u013d\u0001\u0000\u0000\u0000\u0154\u0142\u0001\u0000\u0000\u0000\u0154"+
		"\u0146\u0001\u0000\u0000\u0000\u0154\u0147\u0001\u0000\u0000\u0000\u0154"+
		"\u0149\u0001\u0000\u0000\u0000\u0155\u0161\u0001\u0000\u0000\u0000\u0156"+
		"\u0157\n\u0004\u0000\u0000\u0157\u0158\u0005)\u0000\u0000\u0158\u0160"+
		"\u0003(\u0014\u0005\u0159\u015a\n\u0003\u0000\u0000\u015a\u015b\u0005"+
		"(\u0000\u0000\u015b\u0160\u0003(\u0014\u0004\u015c\u015d\n\u0002\u0000"+
		"\u0000\u015d\u015e\u0005\'\u0000\u0000\u015e\u0160\u0003(\u0014\u0002"+
		"\u015f\u0156\u0001\u0000\u0000\u0000\u015f\u0159\u0001\u0000\u0000\u0000"+
		"\u015f\u015c\u0001\u0000\u0000\u0000\u0160\u0163\u0001\u0000\u0000\u0000"+
		"\u0161\u015f\u0001\u0000\u0000\u0000\u0161\u0162\u0001\u0000\u0000\u0000"+
		"\u0162)\u0001\u0000\u0000\u0000\u0163\u0161\u0001\u0000\u0000\u0000\u0164"+
		"\u0165\u0006\u0015\uffff\uffff\u0000\u0165\u0166\u0003,\u0016\u0000\u0166"+
		"\u016d\u0001\u0000\u0000\u0000\u0167\u0168\n\u0002\u0000\u0000\u0168\u0169"+
		"\u0007\u0005\u0000\u0000\u0169\u016a\u0005R\u0000\u0000\u016a\u016c\u0007"+
		"\u0006\u0000\u0000\u016b\u0167\u0001\u0000\u0000\u0000\u016c\u016f\u0001"+
		"\u0000\u0000\u0000\u016d\u016b\u0001\u0000\u0000\u0000\u016d\u016e\u0001"+
		"\u0000\u0000\u0000\u016e+\u0001\u0000\u0000\u0000\u016f\u016d\u0001\u0000"+
		"\u0000\u0000\u0170\u0171\u0006\u0016\uffff\uffff\u0000\u0171\u0172\u0005"+
		"0\u0000\u0000\u0172\u0173\u0005>\u0000\u0000\u0173\u0174\u0003&\u0013"+
		"\u0000\u0174\u0175\u0005%\u0000\u0000\u0175\u0178\u0003*\u0015\u0000\u0176"+
		"\u0177\u0005&\u0000\u0000\u0177\u0179\u0003(\u0014\u0000\u0178\u0176\u0001"+
		"\u0000\u0000\u0000\u0178\u0179\u0001\u0000\u0000\u0000\u0179\u017a\u0001"+
		"\u0000\u0000\u0000\u017a\u017b\u0005?\u0000\u0000\u017b\u01ad\u0001\u0000"+
		"\u0000\u0000\u017c\u017d\u00051\u0000\u0000\u017d\u017e\u0005>\u0000\u0000"+
		"\u017e\u017f\u0003&\u0013\u0000\u017f\u0180\u0005%\u0000\u0000\u0180\u0183"+
		"\u0003*\u0015\u0000\u0181\u0182\u0005&\u0000\u0000\u0182\u0184\u0003("+
		"\u0014\u0000\u0183\u0181\u0001\u0000\u0000\u0000\u0183\u0184\u0001\u0000"+
		"\u0000\u0000\u0184\u0185\u0001\u0000\u0000\u0000\u0185\u0186\u0005B\u0000"+
		"\u0000\u0186\u0187\u0003(\u0014\u0000\u0187\u0188\u0005?\u0000\u0000\u0188"+
		"\u01ad\u0001\u0000\u0000\u0000\u0189\u018a\u00052\u0000\u0000\u018a\u018b"+
		"\u0003&\u0013\u0000\u018b\u018c\u00053\u0000\u0000\u018c\u018d\u0003*"+
		"\u0015\u0000\u018d\u01ad\u0001\u0000\u0000\u0000\u018e\u018f\u00054\u0000"+
		"\u0000\u018f\u0190\u0005>\u0000\u0000\u0190\u0191\u0005T\u0000\u0000\u0191"+
		"\u01ad\u0005?\u0000\u0000\u0192\u01ad\u00055\u0000\u0000\u0193\u01ad\u0003"+
		"&\u0013\u0000\u0194\u019d\u0005@\u0000\u0000\u0195\u019a\u0003(\u0014"+
		"\u0000\u0196\u0197\u0005D\u0000\u0000\u0197\u0199\u0003(\u0014\u0000\u0198"+
		"\u0196\u0001\u0000\u0000\u0000\u0199\u019c\u0001\u0000\u0000\u0000\u019a"+
		"\u0198\u0001\u0000\u0000\u0000\u019a\u019b\u0001\u0000\u0000\u0000\u019b"+
		"\u019e\u0001\u0000\u0000\u0000\u019c\u019a\u0001\u0000\u0000\u0000\u019d"+
		"\u0195\u0001\u0000\u0000\u0000\u019d\u019e\u0001\u0000\u0000\u0000\u019e"+
		"\u01a0\u0001\u0000\u0000\u0000\u019f\u01a1\u0005D\u0000\u0000\u01a0\u019f"+
		"\u0001\u0000\u0000\u0000\u01a0\u01a1\u0001\u0000\u0000\u0000\u01a1\u01a2"+
		"\u0001\u0000\u0000\u0000\u01a2\u01ad\u0005A\u0000\u0000\u01a3\u01ad\u0005"+
		"T\u0000\u0000\u01a4\u01ad\u0005R\u0000\u0000\u01a5\u01ad\u0005Q\u0000"+
		"\u0000\u01a6\u01ad\u0005P\u0000\u0000\u01a7\u01ad\u0007\u0007\u0000\u0000"+
		"\u01a8\u01a9\u0005>\u0000\u0000\u01a9\u01aa\u0003(\u0014\u0000\u01aa\u01ab"+
		"\u0005?\u0000\u0000\u01ab\u01ad\u0001\u0000\u0000\u0000\u01ac\u0170\u0001"+
		"\u0000\u0000\u0000\u01ac\u017c\u0001\u0000\u0000\u0000\u01ac\u0189\u0001"+
		"\u0000\u0000\u0000\u01ac\u018e\u0001\u0000\u0000\u0000\u01ac\u0192\u0001"+
		"\u0000\u0000\u0000\u01ac\u0193\u0001\u0000\u0000\u0000\u01ac\u0194\u0001"+
		"\u0000\u0000\u0000\u01ac\u01a3\u0001\u0000\u0000\u0000\u01ac\u01a4\u0001"+
		"\u0000\u0000\u0000\u01ac\u01a5\u0001\u0000\u0000\u0000\u01ac\u01a6\u0001"+
		"\u0000\u0000\u0000\u01ac\u01a7\u0001\u0000\u0000\u0000\u01ac\u01a8\u0001"+
		"\u0000\u0000\u0000\u01ad\u01b3\u0001\u0000\u0000\u0000\u01ae\u01af\n\t"+
		"\u0000\u0000\u01af\u01b0\u0005E\u0000\u0000\u01b0\u01b2\u0003&\u0013\u0000"+
		"\u01b1\u01ae\u0001\u0000\u0000\u0000\u01b2\u01b5\u0001\u0000\u0000\u0000"+
		"\u01b3\u01b1\u0001\u0000\u0000\u0000\u01b3\u01b4\u0001\u0000\u0000\u0000"+
		"\u01b4-\u0001\u0000\u0000\u0000\u01b5\u01b3\u0001\u0000\u0000\u0000+2"+
		":?AJR[djnx|\u0082\u0093\u00a3\u00a9\u00ae\u00b4\u00ba\u00c5\u00cd\u00dc"+
		"\u00e5\u00ed\u00f1\u00fc\u0111\u0120\u0125\u012c\u0138\u014f\u0154\u015f"+
		"\u0161\u016d\u0178\u0183\u019a\u019d\u01a0\u01ac\u01b3";
	public static final ATN _ATN =
		new ATNDeserializer().deserialize(_serializedATN.toCharArray());
	static {
		_decisionToDFA = new DFA[_ATN.getNumberOfDecisions()];
		for (int i = 0; i < _ATN.getNumberOfDecisions(); i++) {
			_decisionToDFA[i] = new DFA(_ATN.getDecisionState(i), i);
		}
	}
}