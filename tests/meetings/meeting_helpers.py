"""A committee with a commitment and two contacts, shared by the meetings tests."""

from __future__ import annotations

from g4b_desktop.db import commitments, partners, queries


def committee_1_2(store) -> dict:
    """Objective 1.2 with a commitment, a contact with an e-mail who is a committee member for the first
    member organisation, and an e-mail for the second member organisation (which has no contact)."""
    objective = queries.objective_by_code(store, "1.2")
    worksite = store.rows("SELECT id, code FROM worksite WHERE objective_id = ? ORDER BY position LIMIT 1",
                          [objective["id"]])[0]
    commitment_id, _ = commitments.add(store, worksite["id"], "Jongerengarantie: 1.000 extra stages",
                                       status="in_progress", progress=40)
    member, other = store.rows(
        "SELECT o.id, o.name FROM membership ms JOIN organisation o ON o.id = ms.organisation_id "
        "WHERE ms.objective_id = ? AND ms.role = 'committee_member' ORDER BY ms.position LIMIT 2",
        [objective["id"]])
    partners.update_organisation(store, other["id"], {"email": "secretariaat@example.brussels"})
    person_id, _ = partners.add_person(store, "Anne Dupont-Van Damme", organisation_id=member["id"],
                                       email="anne.dupont@example.brussels")
    partners.add_membership(store, objective["id"], "committee_member", person_id=person_id)
    return {"objective": objective, "worksite": worksite, "commitment_id": commitment_id,
            "organisation": member, "person_id": person_id}
