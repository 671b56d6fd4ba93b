// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LevelBadge } from '../../renderer/ui/LevelBadge.tsx';
import { renderUi } from './support/render.tsx';

describe('LevelBadge', () => {
  it('shows each level as its Vietnamese stamp, distinguishable by data-level', () => {
    renderUi(
      <>
        <LevelBadge level="tuyet_mat" />
        <LevelBadge level="toi_mat" />
        <LevelBadge level="mat" />
      </>,
    );
    expect(screen.getByText('Tuyệt mật').dataset.level).toBe('tuyet_mat');
    expect(screen.getByText('Tối mật').dataset.level).toBe('toi_mat');
    expect(screen.getByText('Mật').dataset.level).toBe('mat');
    expect(screen.getByText('Tối mật').getAttribute('title')).toBe('Độ mật: Tối mật');
  });

  it('marks "no equivalent" explicitly instead of showing nothing', () => {
    renderUi(<LevelBadge level={null} />);
    const badge = screen.getByText('Không có mức tương đương');
    expect(badge.dataset.level).toBe('none');
  });

  it('keeps the legal marking in Vietnamese when the interface is English', () => {
    renderUi(<LevelBadge level="tuyet_mat" />, 'en');
    const badge = screen.getByText('Tuyệt mật');
    expect(badge.getAttribute('title')).toBe('Classification: Top Secret (Tuyệt mật)');
  });
});
