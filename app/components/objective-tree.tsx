import { Link } from "@remix-run/react";
import { useText } from "./use-text";
import type { ObjectiveNode, ObjectiveTree as Tree } from "~/okr/dashboard";
import { KeyResultList } from "./key-result-list";
import { ScoreBadge } from "./score-badge";

interface Names {
  /** Team names by team id. */
  teamNames: Record<number, string>;
  /** Names of owners by person id. */
  ownerNames: Record<number, string>;
}

/**
 * A quarter's objectives: company objectives first with the objectives aligned under them, then
 * each team's objectives that have no parent in the quarter.
 */
export function ObjectiveTree({ tree, teamNames, ownerNames, compact = false }: { tree: Tree; compact?: boolean } & Names) {
  const { t } = useText();
  return (
    <div className={compact ? "objective-tree compact" : "objective-tree"}>
      {compact ? <p className="notice">{t("reports.dashboard.compact")}</p> : null}
      <h3>{t("reports.dashboard.companyObjectives")}</h3>
      {tree.company.length === 0 ? (
        <p className="muted">{t("reports.dashboard.noCompanyObjectives")}</p>
      ) : (
        <ObjectiveList nodes={tree.company} teamNames={teamNames} ownerNames={ownerNames} />
      )}
      {tree.teams.map((branch) => (
        <section key={branch.team.id} className="team-branch">
          <h3>{t("reports.dashboard.teamObjectives", { team: branch.team.name })}</h3>
          <ObjectiveList nodes={branch.objectives} teamNames={teamNames} ownerNames={ownerNames} />
        </section>
      ))}
    </div>
  );
}

function ObjectiveList({ nodes, ...names }: { nodes: ObjectiveNode[] } & Names) {
  return (
    <ul className="tree">
      {nodes.map((node) => (
        <ObjectiveItem key={node.objective.objectiveId} node={node} {...names} />
      ))}
    </ul>
  );
}

function ObjectiveItem({ node, teamNames, ownerNames }: { node: ObjectiveNode } & Names) {
  const { t } = useText();
  const { objective } = node;
  const owner = objective.ownerId === null ? null : ownerNames[objective.ownerId];
  return (
    <li className={node.draft ? "objective draft" : "objective"}>
      <div className="objective-line">
        <ScoreBadge score={objective.score} colour={objective.colour} />{" "}
        <Link to={`/objectives/${objective.objectiveId}`}>{objective.title}</Link>
        {node.draft ? (
          <>
            {" "}
            <span className="tag" title={t("reports.objective.draftHint")}>
              {t("reports.objective.status.draft")}
            </span>
          </>
        ) : null}{" "}
        <span className="muted">
          {teamNames[objective.teamId] ?? `#${objective.teamId}`}
          {owner ? ` · ${owner}` : ""}
        </span>
        {node.parentElsewhere !== null ? (
          <>
            {" "}
            <Link className="muted" to={`/objectives/${node.parentElsewhere}`}>
              {t("reports.objective.alignedElsewhere")}
            </Link>
          </>
        ) : null}
      </div>
      {objective.keyResults.length === 0 && (objective.keyResultCount ?? 0) > 0 ? (
        <p className="muted">{t("reports.dashboard.keyResultCount", { count: objective.keyResultCount })}</p>
      ) : (
        <KeyResultList keyResults={objective.keyResults} />
      )}
      {node.children.length > 0 ? (
        <ObjectiveList nodes={node.children} teamNames={teamNames} ownerNames={ownerNames} />
      ) : null}
    </li>
  );
}
