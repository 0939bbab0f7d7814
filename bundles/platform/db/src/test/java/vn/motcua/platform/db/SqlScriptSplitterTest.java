package vn.motcua.platform.db;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class SqlScriptSplitterTest {

    private static List<String> sql(String script) {
        return SqlScriptSplitter.split(script).stream().map(SqlStatement::sql).toList();
    }

    @Test
    public void splitsAtSemicolonsAndTrims() {
        assertEquals(List.of("create table a (id int)", "insert into a values (1)"),
                sql("  create table a (id int);\n\ninsert into a values (1) ;  \n"));
    }

    @Test
    public void lastStatementNeedsNoSemicolon() {
        assertEquals(List.of("select 1", "select 2"), sql("select 1;\nselect 2"));
    }

    @Test
    public void emptyStatementsAndCommentOnlyChunksAreDropped() {
        assertEquals(List.of("select 1"), sql(";;\n-- nothing\n;select 1;\n/* trailing */\n-- end"));
        assertEquals(List.of(), sql("  \n-- only a comment;\n/* and ; another */"));
    }

    @Test
    public void semicolonInSingleQuotesWithDoubledQuote() {
        assertEquals(List.of("insert into t values ('it''s; fine')", "select 2"),
                sql("insert into t values ('it''s; fine');select 2;"));
    }

    @Test
    public void escapeStringWithBackslashQuote() {
        assertEquals(List.of("select E'it\\'s; ok'", "select 2"), sql("select E'it\\'s; ok';select 2"));
        // outside E'' a backslash is an ordinary character (standard_conforming_strings)
        assertEquals(List.of("select 'C:\\'", "select 2"), sql("select 'C:\\';select 2"));
        // an identifier ending in e followed by a string is not an escape string
        assertEquals(List.of("select type'a\\'", "select 2"), sql("select type'a\\';select 2"));
    }

    @Test
    public void semicolonInDoubleQuotedIdentifier() {
        assertEquals(List.of("create table \"odd;\"\"name\" (id int)", "select 1"),
                sql("create table \"odd;\"\"name\" (id int);select 1"));
    }

    @Test
    public void lineCommentsHideSemicolonsAndQuotes() {
        assertEquals(List.of("select 1 -- not the end; 'nor a quote", "select 2"),
                sql("select 1 -- not the end; 'nor a quote\n;select 2"));
    }

    @Test
    public void blockCommentsHideSemicolonsAndMayNest() {
        assertEquals(List.of("select /* a; b */ 1", "select 2"), sql("select /* a; b */ 1;select 2"));
        assertEquals(List.of("select /* outer /* inner; */ still comment; */ 1", "select 2"),
                sql("select /* outer /* inner; */ still comment; */ 1;select 2"));
    }

    @Test
    public void leadingCommentsAreNotPartOfTheStatement() {
        List<SqlStatement> s = SqlScriptSplitter.split("-- header\n/* block\n comment */\n\ncreate table a (id int);");
        assertEquals(1, s.size());
        assertEquals("create table a (id int)", s.get(0).sql());
        assertEquals(5, s.get(0).line());
    }

    @Test
    public void dollarQuotedBodiesKeepTheirSemicolons() {
        String fn = "create function f() returns int language plpgsql as $$\nbegin\n  return 1;\nend;\n$$";
        assertEquals(List.of(fn, "select f()"), sql(fn + ";\nselect f();"));
    }

    @Test
    public void taggedDollarQuotesMayContainOtherDollarQuotesAndQuotes() {
        String body = "do $outer$\nbegin\n  execute $q$select 'x;'$q$;\n  raise notice 'a $$ b';\nend\n$outer$";
        assertEquals(List.of(body, "select 1"), sql(body + ";select 1"));
    }

    @Test
    public void positionalParametersAndDollarsInIdentifiersAreNotQuotes() {
        assertEquals(List.of("prepare p as select $1", "select a$b$ from t", "select 3"),
                sql("prepare p as select $1;select a$b$ from t;select 3"));
    }

    @Test
    public void numbersAndLinesAreReported() {
        List<SqlStatement> s = SqlScriptSplitter.split("select 1;\n\nselect\n 2;\n-- c\nselect '\n;\n' ;select 4");
        assertEquals(4, s.size());
        assertEquals(List.of(1, 2, 3, 4), s.stream().map(SqlStatement::number).toList());
        assertEquals(List.of(1, 3, 6, 8), s.stream().map(SqlStatement::line).toList());
        assertEquals("select '\n;\n'", s.get(2).sql());
    }

    @Test
    public void crlfScriptsSplitLikeLfScripts() {
        assertEquals(List.of("select 1 -- x", "select 2"), sql("select 1 -- x\r\n;\r\nselect 2;\r\n"));
    }

    @Test
    public void unterminatedConstructsAreErrorsWithLine() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SqlScriptSplitter.split("select 1;\nselect 'oops"))
                .getMessage().contains("line 2"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SqlScriptSplitter.split("select \"oops"))
                .getMessage().contains("quoted identifier"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SqlScriptSplitter.split("select 1 /* /* */"))
                .getMessage().contains("comment"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SqlScriptSplitter.split("select 1;\n\ndo $x$ begin end; $y$;"))
                .getMessage().contains("$x$ starting at line 3"));
    }
}
