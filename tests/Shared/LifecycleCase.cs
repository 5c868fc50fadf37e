namespace Willing.Tests;

/// <summary>A small synthetic coalition for the lifecycle analyses and their charts, every number of which can be worked out by hand; linked into every test project.</summary>
internal static class LifecycleCase
{
    // Month 0 is 2003-03. ESP leaves after its election; HND follows two days after ESP's announcement; NZL's
    // mission ends as planned; PHL leaves after a hostage crisis; POL stays, takes casualties and is paid.
    public const string Text = """
        id: synthetic
        name: Synthetic coalition
        summary: A made-up coalition for the lifecycle tests.
        issue_area: { category: hard-security, sources: [book] }
        period: { start: 2003-03-20, end: 2005-02, sources: [book] }
        trigger: { kind: other, date: 2002-12, sources: [book] }
        institutions: { relation: none, sources: [book] }
        sources:
          - { id: book, citation: An imaginary handbook, kind: academic }
        actors:
          - { id: USA, kind: state }
          - { id: ESP, kind: state }
          - { id: HND, kind: state }
          - { id: NZL, kind: state }
          - { id: PHL, kind: state }
          - { id: POL, kind: state }
          - { id: FRA, kind: state }
        memberships:
          - { actor: USA, roles: [leader, troop-contributor], joined: 2003-03, sources: [book] }
          - actor: ESP
            roles: [troop-contributor]
            joined: 2003-04
            left: 2004-05
            exit: { reason: election, announced: 2004-04-18, event: esp-election, sources: [book] }
            contributions: [{ kind: troops, amount: 1300, unit: personnel, measure: peak, sources: [book] }]
            sources: [book]
          - actor: HND
            roles: [troop-contributor]
            joined: 2003-08
            left: 2004-05
            exit: { reason: following-others, announced: 2004-04-20, sources: [book] }
            contributions: [{ kind: troops, amount: 370, unit: personnel, measure: peak, sources: [book] }]
            sources: [book]
          - actor: NZL
            roles: [troop-contributor]
            joined: 2003-09
            left: 2004-09
            exit: { reason: mission-completed, sources: [book] }
            contributions: [{ kind: troops, amount: 60, unit: personnel, measure: peak, sources: [book] }]
            sources: [book]
          - actor: PHL
            roles: [troop-contributor]
            joined: 2003-07
            left: 2004-07
            exit: { reason: hostage-crisis, event: phl-hostage, sources: [book] }
            contributions: [{ kind: troops, amount: 70, unit: personnel, measure: peak, sources: [book] }]
            sources: [book]
          - actor: POL
            roles: [troop-contributor]
            joined: 2003-03
            contributions: [{ kind: troops, amount: 200, unit: personnel, measure: peak, sources: [book] }]
            sources: [book]
          - { actor: FRA, roles: [opponent], sources: [book] }
        inducements:
          - { from: USA, to: POL, kind: side-payment, direction: inducement, date: 2003-06, stage: enacted, sources: [book] }
          - { from: USA, to: HND, kind: threat, direction: pressure, date: 2003-06, sources: [book] }
        events:
          - { id: esp-election, kind: election, date: 2004-03-14, subject: ESP, government_changed: true, sources: [book] }
          - { id: pol-loss-1, kind: casualties, date: 2004-01-10, subject: POL, deaths: 2, sources: [book] }
          - { id: pol-loss-2, kind: casualties, date: 2004-03-02, subject: POL, deaths: 1, sources: [book] }
          - { id: phl-hostage, kind: hostage-crisis, date: 2004-07-07, subject: PHL, sources: [book] }
          - { id: pol-election, kind: election, date: 2005-09-25, subject: POL, government_changed: true, sources: [book] }
        lists:
          - id: wh
            name: The leader's list
            kind: membership
            published: 2003-03-21
            publisher: USA
            entries: [USA, ESP, POL]
            sources: [book]
        """;
}
