/* test_check_labels.c: numbering that differs, skips or goes back (check_labels.c), on small
 * hand-made versions and on damaged copies of the seeds and the Bible excerpt: each damage is
 * reported with the right kind at the right line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_fixture.h"

/* One version numbers its sections "§1.", the other "1.": the same
 * numbering, no label mismatch. */
static const char section_sign_sv[] =
    "§1. Inledning\n\n"
    "Debianprojektet är en sammanslutning av individer som har gjort gemensam sak att skapa ett "
    "fritt "
    "operativsystem. Detta dokument beskriver organisationsstrukturen för formella beslut i "
    "projektet, "
    "men inte målen med projektet eller hur det uppnår dem.\n\n"
    "§2. Beslutande organ\n\n"
    "Varje beslut i projektet fattas av en eller flera av utvecklarna, projektledaren, den "
    "tekniska "
    "kommittén eller den individuella utvecklaren som arbetar med ett bestämt uppdrag.\n\n"
    "§3. Utvecklare\n\n"
    "En utvecklare kan ta varje tekniskt eller icke-tekniskt beslut om sitt eget arbete.\n\n";
static const char section_sign_en[] =
    "1. Introduction\n\n"
    "The Debian Project is an association of individuals who have made common cause to create a "
    "free "
    "operating system. This document describes the organisational structure for formal "
    "decision-making "
    "in the Project, but not the goals of the Project or how it achieves them.\n\n"
    "2. Decision-making bodies\n\n"
    "Each decision in the Project is made by one or more of the Developers, the Project Leader, "
    "the "
    "Technical Committee or the individual Developer working on a particular task.\n\n"
    "3. Developers\n\n"
    "A Developer may make any technical or nontechnical decision with regard to their own "
    "work.\n\n";

/* The hand-made pair with the English 5. numbered 8.: one label error
 * naming both labels. */
START_TEST(test_check_hand_renumbered_paragraph_is_a_label_mismatch) {
  char *t[2];
  load_hand(t);
  t[1] = replace(t[1], "\n5. Personal data", "\n8. Personal data");
  checked c;
  check_texts(&c, t, sv_en, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_LABEL_MISMATCH);
  ck_assert_str_eq(paralign_report_label(c.report, i, 0), "5.");
  ck_assert_str_eq(paralign_report_label(c.report, i, 1), "8.");
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "8. Personal data"));
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_renumbered_paragraph_is_a_label_mismatch) {
  char *t[2];
  load_2025(t);
  t[1] = replace(t[1], "\n9. AICINA", "\n19. AICINA");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  size_t i = the_error(c.report, PARALIGN_FINDING_LABEL_MISMATCH);
  ck_assert_uint_eq(paralign_report_line(c.report, i, 1), line_of(t[1], "19. AICINA"));
  ck_assert_str_eq(paralign_report_label(c.report, i, 1), "19.");
  ck_assert_str_eq(paralign_report_label(c.report, i, 0), "9.");
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

START_TEST(test_check_numbering_gap_in_every_version_is_only_info) {
  char *t[2];
  load_2025(t);
  t[0] = replace(t[0], "\n27. Rådet UPPMANAR", "\n28. Rådet UPPMANAR");
  t[1] = replace(t[1], "\n27. Padome AICINA", "\n28. Padome AICINA");
  checked c;
  check_texts(&c, t, sv_lv, 2);
  ck_assert_uint_eq(paralign_report_severity_count(c.report, PARALIGN_SEVERITY_ERROR), 0);
  ck_assert_uint_eq(paralign_report_severity_count(c.report, PARALIGN_SEVERITY_WARNING), 0);
  ck_assert_uint_eq(paralign_report_count(c.report), 1);
  ck_assert_int_eq(paralign_report_kind(c.report, 0), PARALIGN_FINDING_LABEL_MISMATCH);
  ck_assert_uint_eq(paralign_report_line(c.report, 0, 0), line_of(t[0], "28. Rådet"));
  checked_free(&c);
  free_texts(t, 2);
}
END_TEST

/* The Swedish and English texts checked together give no error. */
static void assert_no_error(const char *sv, const char *en) {
  char *t[2] = {copy(sv), copy(en)};
  checked c;
  check_texts(&c, t, sv_en, 2);
  if (paralign_report_severity_count(c.report, PARALIGN_SEVERITY_ERROR) != 0)
    dump(c.report);
  ck_assert_uint_eq(paralign_report_severity_count(c.report, PARALIGN_SEVERITY_ERROR), 0);
  checked_free(&c);
  free_texts(t, 2);
}

START_TEST(test_check_section_sign_numbering_is_no_mismatch) {
  assert_no_error(section_sign_sv, section_sign_en);
}
END_TEST

/* The Debian Constitution (§6.1): the English item "8." has no final stop
 * and reads as a heading, the Swedish one as text; the numbering is whole in
 * both, whatever class each reader gave the item. */
static const char constitution_sv[] =
    "§6. Teknisk kommitté\n"
    "\n"
    "§6.1. Befogenheter\n"
    "\n"
    "Den tekniska kommittén kan:\n"
    "\n"
    "1.  Ta beslut vad gäller tekniska riktlinjer.\n"
    "\n"
    "    Detta inkluderar innehållet i de tekniska policymanualerna,\n"
    "    utvecklarreferensmaterialet, exempelpaket och beteendet hos de\n"
    "    icke-experimentella pakettillverkningsverktygen. (Vid varje\n"
    "    tillfälle tar den som underhåller programvaran eller dokumentationen\n"
    "    i fråga det ursprungliga avgörandet; se §6.3(5)).\n"
    "\n"
    "2.  Avgöra tekniska frågor i vilka utvecklares beslutsmandat överlappar.\n"
    "\n"
    "    I tillfällen när utvecklarna behöver implementera kompatibla\n"
    "    tekniska riktlinjer eller ställningstaganden (exempelvis om de är\n"
    "    oeniga om hur paket i konflikt skall prioriteras, eller om vem som\n"
    "    äger ett kommandonamn, eller om vem som är ansvarig för ett\n"
    "    programfel, eller om vem som skall underhålla ett paket) kan den\n"
    "    tekniska kommittén avgöra saken.\n"
    "\n"
    "3.  Ta beslut när de får en förfrågan om att göra så.\n"
    "\n"
    "    Alla personer och organ kan delegera egna beslut till den tekniska\n"
    "    kommittén, eller be om råd från den.\n"
    "\n"
    "4.  Upphäva en utvecklares beslut (kräver ett 3:1-flertal).\n"
    "\n"
    "    Den tekniska kommittén kan be en utvecklare att gå tillväga på ett\n"
    "    visst sätt även om utvecklaren inte så önskar; detta kräver ett\n"
    "    3:1-flertal. Till exempel kan kommittén bestämma att ett klagomål\n"
    "    framfört i en felrapport är rättfärdigat, och att hemställarens\n"
    "    föreslagna lösning bör verkställas.\n"
    "\n"
    "5.  Ge råd.\n"
    "\n"
    "    Den tekniska kommittén kan ge formella kungörelser om sin syn på en\n"
    "    sak. Individuella medlemmar kan förstås göra informella\n"
    "    ställningstaganden om sina synpunkter på kommitténs troliga\n"
    "    synpunkt.\n"
    "\n"
    "6.  Tillsammans med projektledaren tillsätta nya medlemmar till sig\n"
    "    själv eller avsätta existerande medlemmar. (Se §6.2).\n"
    "\n"
    "7.  Tillsätta den tekniska kommitténs ordförande.\n"
    "    Ordföranden väljs av kommittén från sina medlemmar. Alla medlemmar i\n"
    "    kommittén är automatiskt nominerade; kommittéomröstningen startar en\n"
    "    vecka innan posten frånträds (eller omedelbart om det redan är för\n"
    "    sent). Medlemmarna kan rösta genom offentlig acklamation för vilken\n"
    "    kommittémedlem som helst, inklusive sig själv; det finns inget\n"
    "    förhandsval. Omröstningen avslutas när alla medlemmar har röstat,\n"
    "    eller när omröstningsperioden är slut. Resultatet bestäms enligt den\n"
    "    metod som anges i §A.6 av Normal resolutionsprocedur.\n"
    "\n"
    "8.  Ordförande kan tillsammans med sekreteraren vikariera för ledaren.\n"
    "\n"
    "    Såsom beskrivs i §7.1(2) kan den tekniska kommitténs ordförande och\n"
    "    projektsekreteraren tillsammans vikariera för projektledaren om det\n"
    "    inte finns någon ledare.\n";
static const char constitution_en[] =
    "6. Technical committee\n"
    "\n"
    "6.1. Powers\n"
    "\n"
    "The Technical Committee may:\n"
    "\n"
    "1.  Decide on any matter of technical policy.\n"
    "\n"
    "    This includes the contents of the technical policy manuals,\n"
    "    developers' reference materials, example packages and the behaviour\n"
    "    of non-experimental package building tools. (In each case the usual\n"
    "    maintainer of the relevant software or documentation makes decisions\n"
    "    initially, however; see 6.3(5).)\n"
    "\n"
    "2.  Decide any technical matter where Developers' jurisdictions overlap.\n"
    "\n"
    "    In cases where Developers need to implement compatible technical\n"
    "    policies or stances (for example, if they disagree about the\n"
    "    priorities of conflicting packages, or about ownership of a command\n"
    "    name, or about which package is responsible for a bug that both\n"
    "    maintainers agree is a bug, or about who should be the maintainer\n"
    "    for a package) the technical committee may decide the matter.\n"
    "\n"
    "3.  Make a decision when asked to do so.\n"
    "\n"
    "    Any person or body may delegate a decision of their own to the\n"
    "    Technical Committee, or seek advice from it.\n"
    "\n"
    "4.  Overrule a Developer (requires a 3:1 majority).\n"
    "\n"
    "    The Technical Committee may ask a Developer to take a particular\n"
    "    technical course of action even if the Developer does not wish to;\n"
    "    this requires a 3:1 majority. For example, the Committee may\n"
    "    determine that a complaint made by the submitter of a bug is\n"
    "    justified and that the submitter's proposed solution should be\n"
    "    implemented.\n"
    "\n"
    "5.  Offer advice.\n"
    "\n"
    "    The Technical Committee may make formal announcements about its\n"
    "    views on any matter. Individual members may of course make informal\n"
    "    statements about their views and about the likely views of the\n"
    "    committee.\n"
    "\n"
    "6.  Together with the Project Leader, appoint new members to itself or\n"
    "    remove existing members. (See §6.2.)\n"
    "\n"
    "7.  Appoint the Chair of the Technical Committee.\n"
    "\n"
    "    The Chair is elected by the Committee from its members. All members\n"
    "    of the committee are automatically nominated; the committee votes\n"
    "    starting one week before the post will become vacant (or\n"
    "    immediately, if it is already too late). The members may vote by\n"
    "    public acclamation for any fellow committee member, including\n"
    "    themselves; there is no default option. The vote finishes when all\n"
    "    the members have voted, or when the voting period has ended. The\n"
    "    result is determined using the method specified in section A.6 of\n"
    "    the Standard Resolution Procedure.\n"
    "\n"
    "8.  The Chair can stand in for the Leader, together with the Secretary\n"
    "\n"
    "    As detailed in §7.1(2), the Chair of the Technical Committee and the\n"
    "    Project Secretary may together stand in for the Leader if there is\n"
    "    no Leader.\n";

START_TEST(test_check_item_read_as_heading_keeps_its_numbering) {
  assert_no_error(constitution_sv, constitution_en);
}
END_TEST

int main(void) {
  Suite *s = suite_create("check_labels");
  TCase *tc = tcase_create("labels");
  tcase_add_test(tc, test_check_hand_renumbered_paragraph_is_a_label_mismatch);
  tcase_add_test(tc, test_check_renumbered_paragraph_is_a_label_mismatch);
  tcase_add_test(tc, test_check_numbering_gap_in_every_version_is_only_info);
  tcase_add_test(tc, test_check_section_sign_numbering_is_no_mismatch);
  tcase_add_test(tc, test_check_item_read_as_heading_keeps_its_numbering);
  suite_add_tcase(s, tc);
  return tu_run(s);
}
